import { Alert, Button, Drawer, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import {
  useComponentCandidates,
  useComponentVariantIds,
  useSetGiftSetComposition,
  variantLabel,
} from "../../hooks/gift-set-composition"
import { errorMessage } from "../errors"
import { Field, FormError, focusFirstError } from "../form-field"
import { formatWon } from "../format"
import { SearchablePicker } from "../searchable-picker"
import { ErrorState, LoadingState } from "../states"
import type { GiftSetComposition } from "../types"
import { useDebouncedValue } from "../use-debounced-value"
import { ComponentRows, quantityError, type ComponentRow } from "./component-rows"
import { SummaryRow, componentsTotal, discountText } from "./composition-view"

const FORM_ID = "gift-set-composition-form"
const MAX_COMPONENTS = 30

type Props = { open: boolean; onOpenChange: (open: boolean) => void; composition: GiftSetComposition }

/** Replaces a variant's components (turning a plain variant into a set, or changing a set). */
export function CompositionEditorDrawer({ open, onOpenChange, composition }: Props) {
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>세트 구성 편집 · {composition.title}</Drawer.Title>
          <Drawer.Description className="sr-only">세트에 들어가는 구성품과 수량을 정합니다</Drawer.Description>
        </Drawer.Header>
        {/* Remounts per opening so the editor starts from the current composition. */}
        {open ? <EditorLoader composition={composition} onDone={() => onOpenChange(false)} /> : null}
      </Drawer.Content>
    </Drawer>
  )
}

function EditorLoader({ composition, onDone }: { composition: GiftSetComposition; onDone: () => void }) {
  const ids = useComponentVariantIds(composition.components, true)
  if (ids.isLoading) return <Drawer.Body><LoadingState rows={3} /></Drawer.Body>
  if (ids.isError || !ids.data) return <Drawer.Body><ErrorState error={ids.error} /></Drawer.Body>
  const rows: ComponentRow[] = composition.components.map((c, i) => ({
    key: ids.data[i] ?? `missing-${i}`,
    variant_id: ids.data[i],
    label: variantLabel(c.product_title || "(알 수 없는 상품)", c.variant_title),
    quantity: String(c.quantity),
    unit_price: c.unit_price,
  }))
  return <EditorForm composition={composition} initialRows={rows} onDone={onDone} />
}

type FormProps = { composition: GiftSetComposition; initialRows: ComponentRow[]; onDone: () => void }

function EditorForm({ composition, initialRows, onDone }: FormProps) {
  const [rows, setRows] = useState<ComponentRow[]>(initialRows)
  const [search, setSearch] = useState("")
  const [formError, setFormError] = useState<string>()
  const [submitted, setSubmitted] = useState(false)
  const candidates = useComponentCandidates(useDebouncedValue(search), composition.variant_id)
  const save = useSetGiftSetComposition(composition.variant_id)
  const isKit = composition.components.length > 0

  const toggle = (variantId: string) => {
    setFormError(undefined)
    if (rows.some((r) => r.variant_id === variantId)) return setRows(rows.filter((r) => r.variant_id !== variantId))
    const found = candidates.data?.find((c) => c.variant_id === variantId)
    if (!found) return
    if (rows.length >= MAX_COMPONENTS) return setFormError(`구성품은 ${MAX_COMPONENTS}개까지 넣을 수 있습니다.`)
    setRows([...rows, { key: variantId, variant_id: variantId, label: found.label, quantity: "1", unit_price: found.unit_price }])
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    setFormError(undefined)
    const invalid = rows.some((r) => !r.variant_id || quantityError(r.quantity))
    if (!rows.length) setFormError("구성품을 하나 이상 넣으세요.")
    if (!rows.length || invalid) return focusFirstError(FORM_ID)
    try {
      await save.mutateAsync(rows.map((r) => ({ variant_id: r.variant_id!, quantity: Number(r.quantity) })))
      toast.success("세트 구성을 저장했습니다.")
      onDone()
    } catch (error) {
      // the server names components by id; show the labels staff picked instead
      const message = rows.reduce((m, r) => (r.variant_id ? m.split(r.variant_id).join(r.label) : m), errorMessage(error))
      setFormError(message.replace(/^Invalid request:\s*/i, ""))
      focusFirstError(FORM_ID)
    }
  }

  const total = componentsTotal(rows.map((r) => ({ unit_price: r.unit_price, quantity: Number(r.quantity) || 0 })))
  const options = (candidates.data ?? []).map((c) => ({
    value: c.variant_id,
    label: c.label,
    description: c.unit_price === null ? "가격 없음" : formatWon(c.unit_price),
  }))

  return (
    <>
      <Drawer.Body className="overflow-y-auto">
        <form id={FORM_ID} onSubmit={submit} noValidate className="flex flex-col gap-y-4">
          <FormError message={formError} />
          {!isKit ? (
            <Alert variant="warning">
              이 옵션은 지금 단품입니다. 세트로 저장하면 자체 재고 대신 구성품 재고로 판매되고, 주문 시 구성품 재고가 차감됩니다.
            </Alert>
          ) : null}
          <Field id="gift-set-search" label="구성품 추가" hint="상품명이나 SKU로 찾아 누르면 추가되고, 다시 누르면 빠집니다. 세트·묶음 옵션은 구성품이 될 수 없습니다.">
            <SearchablePicker
              id="gift-set-search"
              options={options}
              selected={rows.flatMap((r) => (r.variant_id ? [r.variant_id] : []))}
              onChange={([id]) => id && toggle(id)}
              query={search}
              onQueryChange={setSearch}
              loading={candidates.isLoading}
              placeholder="상품명·SKU로 찾기"
              emptyText={candidates.isError ? errorMessage(candidates.error) : "찾는 상품 옵션이 없습니다."}
            />
          </Field>
          <div className="flex flex-col gap-y-2">
            <Text size="small" weight="plus">구성품 ({rows.length})</Text>
            <ComponentRows rows={rows} submitted={submitted} onChange={setRows} />
          </div>
          {rows.length ? (
            <div className="flex flex-col gap-y-2">
              <SummaryRow label="구성품 단품 합계">{formatWon(total)}</SummaryRow>
              <SummaryRow label="세트 가격">
                {composition.price === null ? "—" : formatWon(composition.price)}{" "}
                <span className="text-ui-fg-subtle">· {discountText(total, composition.price)}</span>
              </SummaryRow>
            </div>
          ) : null}
        </form>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">취소</Button>
        </Drawer.Close>
        <Button size="small" type="submit" form={FORM_ID} isLoading={save.isPending}>저장</Button>
      </Drawer.Footer>
    </>
  )
}
