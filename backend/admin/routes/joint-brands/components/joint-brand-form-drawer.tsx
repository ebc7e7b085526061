import { Button, Drawer, Input, Select, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useRegionalCenters } from "../../../hooks/centers"
import { useCreateJointBrand, useUpdateJointBrand } from "../../../hooks/joint-brands"
import { useMakers } from "../../../hooks/makers"
import { blankToNull, toFieldErrors, type FieldErrors } from "../../../lib/errors"
import { Field, FormError } from "../../../lib/form-field"
import { kindLabel } from "../../../lib/format"
import { SearchablePicker } from "../../../lib/searchable-picker"
import type { JointBrand, JointBrandInput } from "../../../lib/types"

type Values = {
  handle: string; name: string; owner_center_id: string; slogan: string
  description: string; logo_url: string; member_ids: string[]
}
type BrandField = keyof Values
const FIELDS: readonly BrandField[] = ["handle", "name", "owner_center_id", "slogan", "description", "logo_url", "member_ids"]
const KEYWORDS = {
  handle: ["핸들"], name: ["이름을"], owner_center_id: ["광역자활센터", "자활센터", "owner_center_id"],
  logo_url: ["로고"], member_ids: ["만든 곳"],
}
const FORM_ID = "joint-brand-form"

function toValues(brand?: JointBrand): Values {
  return {
    handle: brand?.handle ?? "",
    name: brand?.name ?? "",
    owner_center_id: brand?.owner_center_id ?? brand?.owner_center?.id ?? "",
    slogan: brand?.slogan ?? "",
    description: brand?.description ?? "",
    logo_url: brand?.logo_url ?? "",
    member_ids: brand?.members.map((m) => m.id) ?? [],
  }
}

function toInput(v: Values): JointBrandInput {
  return {
    handle: v.handle.trim(),
    name: v.name.trim(),
    owner_center_id: v.owner_center_id,
    slogan: blankToNull(v.slogan),
    description: v.description,
    logo_url: blankToNull(v.logo_url),
    member_ids: v.member_ids,
  }
}

type Props = { open: boolean; onOpenChange: (open: boolean) => void; brand?: JointBrand }

/** Creates or edits a 공동브랜드: owned by a 광역자활센터, with its member makers. */
export function JointBrandFormDrawer({ open, onOpenChange, brand }: Props) {
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-xl">
        <Drawer.Header>
          <Drawer.Title>{brand ? `${brand.name} 수정` : "공동브랜드 등록"}</Drawer.Title>
          <Drawer.Description className="sr-only">공동브랜드 정보를 입력합니다</Drawer.Description>
        </Drawer.Header>
        {open ? <JointBrandForm brand={brand} onDone={() => onOpenChange(false)} /> : null}
      </Drawer.Content>
    </Drawer>
  )
}

function JointBrandForm({ brand, onDone }: { brand?: JointBrand; onDone: () => void }) {
  const [values, setValues] = useState<Values>(() => toValues(brand))
  const [errors, setErrors] = useState<FieldErrors<BrandField>>({})
  const regional = useRegionalCenters()
  const makers = useMakers({ limit: 100 })
  const create = useCreateJointBrand()
  const update = useUpdateJointBrand(brand?.id ?? "")

  const set = <K extends BrandField>(field: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const local: FieldErrors<BrandField> = {}
    if (!values.name.trim()) local.name = "이름을 입력하세요."
    if (!values.handle.trim()) local.handle = "핸들을 입력하세요."
    if (!values.owner_center_id) local.owner_center_id = "소유 광역자활센터를 고르세요."
    setErrors(local)
    if (Object.keys(local).length) return
    try {
      if (brand) await update.mutateAsync(toInput(values))
      else await create.mutateAsync(toInput(values))
      toast.success(brand ? "저장했습니다." : "공동브랜드를 등록했습니다.")
      onDone()
    } catch (error) {
      setErrors(toFieldErrors(error, FIELDS, KEYWORDS))
    }
  }

  const text = (field: "name" | "handle" | "slogan" | "logo_url", label: string, opts: { required?: boolean; hint?: string; placeholder?: string } = {}) => (
    <Field id={`brand-${field}`} label={label} required={opts.required} hint={opts.hint} error={errors[field]}>
      <Input
        id={`brand-${field}`}
        value={values[field]}
        placeholder={opts.placeholder}
        aria-invalid={Boolean(errors[field]) || undefined}
        onChange={(e) => set(field, e.target.value)}
      />
    </Field>
  )

  const makerOptions = (makers.data?.makers ?? []).map((m) => ({
    value: m.id,
    label: m.name,
    description: `${kindLabel(m.kind)} · ${m.center?.name ?? m.region}`,
  }))

  return (
    <>
      <Drawer.Body className="overflow-y-auto">
        <form id={FORM_ID} onSubmit={submit} noValidate className="flex flex-col gap-y-4">
          <FormError message={errors.form} />
          {text("name", "이름", { required: true, placeholder: "예: 소소드림" })}
          {text("handle", "핸들", { required: true, hint: "영문 소문자, 숫자, 하이픈(-)", placeholder: "sosodream" })}
          <Field id="brand-owner_center_id" label="소유 광역자활센터" required error={errors.owner_center_id}>
            <Select value={values.owner_center_id} onValueChange={(v) => set("owner_center_id", v)} disabled={regional.isLoading}>
              <Select.Trigger id="brand-owner_center_id" aria-invalid={Boolean(errors.owner_center_id) || undefined}>
                <Select.Value placeholder={regional.isLoading ? "불러오는 중…" : "광역자활센터 선택"} />
              </Select.Trigger>
              <Select.Content>
                {(regional.data?.centers ?? []).map((c) => (
                  <Select.Item key={c.id} value={c.id}>{c.name}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          {text("slogan", "슬로건", { placeholder: "예: 작은 웃음, 큰 만족" })}
          <Field id="brand-description" label="소개" hint="HTML을 쓸 수 있습니다." error={errors.description}>
            <Textarea
              id="brand-description"
              rows={4}
              value={values.description}
              onChange={(e) => set("description", e.target.value)}
            />
          </Field>
          {text("logo_url", "로고 URL", { placeholder: "https://" })}
          <Field id="brand-member_ids" label={`참여 만든 곳 (${values.member_ids.length}곳 선택)`} error={errors.member_ids}>
            <SearchablePicker
              id="brand-member_ids"
              multiple
              options={makerOptions}
              selected={values.member_ids}
              onChange={(ids) => set("member_ids", ids)}
              loading={makers.isLoading}
              invalid={Boolean(errors.member_ids)}
              placeholder="만든 곳 이름으로 찾기"
              emptyText="찾는 만든 곳이 없습니다."
            />
          </Field>
        </form>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">취소</Button>
        </Drawer.Close>
        <Button size="small" type="submit" form={FORM_ID} isLoading={create.isPending || update.isPending}>
          {brand ? "저장" : "등록"}
        </Button>
      </Drawer.Footer>
    </>
  )
}
