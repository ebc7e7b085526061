import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { useJointBrands } from "../hooks/joint-brands"
import { useMakers } from "../hooks/makers"
import { useProductMaker, useSetProductMaker } from "../hooks/product-maker"
import { toFieldErrors, type FieldErrors } from "../lib/errors"
import { Field, FormError } from "../lib/form-field"
import { kindLabel } from "../lib/format"
import { SearchablePicker } from "../lib/searchable-picker"
import { ErrorState, LoadingState } from "../lib/states"
import type { ProductMaker } from "../lib/types"

const NO_BRAND = "none"
type WidgetField = "maker_id" | "joint_brand_id"

/** "만든 곳" card on the product page: the maker revenue is attributed to, and its joint brand. */
const ProductMakerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const links = useProductMaker(product.id)
  const [editing, setEditing] = useState(false)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">만든 곳</Heading>
        {!editing && links.data ? (
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            {links.data.maker ? "변경" : "지정"}
          </Button>
        ) : null}
      </div>
      {links.isLoading ? (
        <LoadingState rows={2} />
      ) : links.isError || !links.data ? (
        <ErrorState error={links.error} />
      ) : editing ? (
        <MakerEditor productId={product.id} current={links.data} onDone={() => setEditing(false)} />
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <Summary label="만든 곳">
            {links.data.maker ? (
              <Link to={`/makers/${links.data.maker.id}`} className="text-ui-fg-interactive hover:underline">
                {links.data.maker.name}
              </Link>
            ) : (
              <span className="text-ui-fg-error">지정되지 않음 — 매출을 귀속할 만든 곳을 지정하세요.</span>
            )}
          </Summary>
          <Summary label="공동브랜드">{links.data.joint_brand?.name ?? "없음"}</Summary>
        </div>
      )}
    </Container>
  )
}

function Summary({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[6rem_1fr] items-start gap-x-2">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">{label}</Text>
      <Text size="small">{children}</Text>
    </div>
  )
}

type EditorProps = { productId: string; current: ProductMaker; onDone: () => void }

function MakerEditor({ productId, current, onDone }: EditorProps) {
  const [makerId, setMakerId] = useState(current.maker?.id ?? "")
  const [brandId, setBrandId] = useState(current.joint_brand?.id ?? NO_BRAND)
  const [errors, setErrors] = useState<FieldErrors<WidgetField>>({})
  const makers = useMakers({ limit: 100 })
  const brands = useJointBrands({ limit: 100 })
  const save = useSetProductMaker(productId)

  const makerOptions = (makers.data?.makers ?? []).map((m) => ({
    value: m.id,
    label: m.status === "suspended" ? `${m.name} (중지)` : m.name,
    description: `${kindLabel(m.kind)} · ${m.center?.name ?? m.region}`,
  }))
  const selectedBrand = brands.data?.joint_brands.find((b) => b.id === brandId)
  const makerOutsideBrand =
    selectedBrand && makerId && !selectedBrand.members.some((m) => m.id === makerId)

  const submit = async () => {
    if (!makerId) return setErrors({ maker_id: "만든 곳을 고르세요." })
    setErrors({})
    try {
      await save.mutateAsync({ maker_id: makerId, joint_brand_id: brandId === NO_BRAND ? null : brandId })
      toast.success("만든 곳을 저장했습니다.")
      onDone()
    } catch (error) {
      setErrors(toFieldErrors(error, ["maker_id", "joint_brand_id"] as const, {
        maker_id: ["만든 곳"],
        joint_brand_id: ["공동브랜드"],
      }))
    }
  }

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <FormError message={errors.form} />
      <Field id="product-maker-maker" label="만든 곳" required error={errors.maker_id}>
        <SearchablePicker
          id="product-maker-maker"
          options={makerOptions}
          selected={makerId ? [makerId] : []}
          onChange={(ids) => {
            setMakerId(ids[0] ?? "")
            setErrors((e) => ({ ...e, maker_id: undefined }))
          }}
          loading={makers.isLoading}
          invalid={Boolean(errors.maker_id)}
          placeholder="만든 곳 이름으로 찾기"
        />
      </Field>
      <Field
        id="product-maker-brand"
        label="공동브랜드"
        error={errors.joint_brand_id}
        hint={makerOutsideBrand ? "고른 만든 곳은 이 브랜드의 참여 만든 곳이 아닙니다." : undefined}
      >
        <Select value={brandId} onValueChange={setBrandId} disabled={brands.isLoading}>
          <Select.Trigger id="product-maker-brand">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NO_BRAND}>없음</Select.Item>
            {(brands.data?.joint_brands ?? []).map((b) => (
              <Select.Item key={b.id} value={b.id}>
                {b.name}
                {b.owner_center ? ` · ${b.owner_center.name}` : ""}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <div className="flex justify-end gap-x-2">
        <Button size="small" variant="secondary" type="button" onClick={onDone} disabled={save.isPending}>
          취소
        </Button>
        <Button size="small" type="button" onClick={submit} isLoading={save.isPending}>
          저장
        </Button>
      </div>
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductMakerWidget
