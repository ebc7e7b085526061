import { Button, Drawer, Input, Select, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useCreateCenter, useRegionalCenters, useUpdateCenter } from "../../../hooks/centers"
import { blankToNull, toFieldErrors, type FieldErrors } from "../../../lib/errors"
import { Field, FormError } from "../../../lib/form-field"
import { LEVEL_LABELS } from "../../../lib/format"
import type { Center, CenterInput, CenterLevel } from "../../../lib/types"

type Values = { handle: string; name: string; level: CenterLevel; parent_id: string; region: string; address: string; phone: string }
type CenterField = keyof Values
const FIELDS: readonly CenterField[] = ["handle", "name", "level", "parent_id", "region", "address", "phone"]
const KEYWORDS = { handle: ["핸들"], name: ["이름을"], level: ["level은"], parent_id: ["상위", "parent_id"], region: ["시·도"] }
const FORM_ID = "center-form"

function toValues(center?: Center): Values {
  return {
    handle: center?.handle ?? "",
    name: center?.name ?? "",
    level: center?.level ?? "local",
    parent_id: center?.parent_id ?? "",
    region: center?.region ?? "",
    address: center?.address ?? "",
    phone: center?.phone ?? "",
  }
}

function toInput(v: Values): CenterInput {
  return {
    handle: v.handle.trim(),
    name: v.name.trim(),
    level: v.level,
    parent_id: v.level === "local" ? blankToNull(v.parent_id) : null,
    region: v.region.trim(),
    address: blankToNull(v.address),
    phone: blankToNull(v.phone),
  }
}

type Props = { open: boolean; onOpenChange: (open: boolean) => void; center?: Center }

/** Creates a center or, given `center`, edits it. Only a 지역자활센터 has a parent, always a 광역자활센터. */
export function CenterFormDrawer({ open, onOpenChange, center }: Props) {
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{center ? `${center.name} 수정` : "자활센터 등록"}</Drawer.Title>
          <Drawer.Description className="sr-only">자활센터 정보를 입력합니다</Drawer.Description>
        </Drawer.Header>
        {/* Remounts per opening so the form starts from the center's current data. */}
        {open ? <CenterForm center={center} onDone={() => onOpenChange(false)} /> : null}
      </Drawer.Content>
    </Drawer>
  )
}

function CenterForm({ center, onDone }: { center?: Center; onDone: () => void }) {
  const [values, setValues] = useState<Values>(() => toValues(center))
  const [errors, setErrors] = useState<FieldErrors<CenterField>>({})
  const regional = useRegionalCenters()
  const create = useCreateCenter()
  const update = useUpdateCenter(center?.id ?? "")
  const parents = (regional.data?.centers ?? []).filter((c) => c.id !== center?.id)

  const set = (field: CenterField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const local: FieldErrors<CenterField> = {}
    if (!values.name.trim()) local.name = "이름을 입력하세요."
    if (!values.handle.trim()) local.handle = "핸들을 입력하세요."
    if (values.region.trim().length < 2) local.region = "시·도를 입력하세요."
    if (values.level === "local" && !values.parent_id) local.parent_id = "상위 광역자활센터를 고르세요."
    setErrors(local)
    if (Object.keys(local).length) return
    try {
      if (center) await update.mutateAsync(toInput(values))
      else await create.mutateAsync(toInput(values))
      toast.success(center ? "저장했습니다." : "자활센터를 등록했습니다.")
      onDone()
    } catch (error) {
      setErrors(toFieldErrors(error, FIELDS, KEYWORDS))
    }
  }

  const text = (field: CenterField, label: string, opts: { required?: boolean; hint?: string; placeholder?: string } = {}) => (
    <Field id={`center-${field}`} label={label} required={opts.required} hint={opts.hint} error={errors[field]}>
      <Input
        id={`center-${field}`}
        value={values[field]}
        placeholder={opts.placeholder}
        aria-invalid={Boolean(errors[field]) || undefined}
        onChange={(e) => set(field, e.target.value)}
      />
    </Field>
  )

  return (
    <>
      <Drawer.Body className="overflow-y-auto">
        <form id={FORM_ID} onSubmit={submit} noValidate className="flex flex-col gap-y-4">
          <FormError message={errors.form} />
          {text("name", "이름", { required: true, placeholder: "예: 광주서구지역자활센터" })}
          {text("handle", "핸들", { required: true, hint: "영문 소문자, 숫자, 하이픈(-)", placeholder: "gwangju-seogu" })}
          <Field id="center-level" label="구분" required error={errors.level}>
            <Select value={values.level} onValueChange={(v) => set("level", v)}>
              <Select.Trigger id="center-level">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {Object.entries(LEVEL_LABELS).map(([value, label]) => (
                  <Select.Item key={value} value={value}>{label}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          {values.level === "local" ? (
            <Field id="center-parent_id" label="상위 광역자활센터" required error={errors.parent_id}>
              <Select
                value={values.parent_id}
                disabled={regional.isLoading}
                onValueChange={(id) => {
                  const parent = parents.find((c) => c.id === id)
                  setValues((v) => ({ ...v, parent_id: id, region: v.region || parent?.region || "" }))
                  setErrors((e) => ({ ...e, parent_id: undefined }))
                }}
              >
                <Select.Trigger id="center-parent_id" aria-invalid={Boolean(errors.parent_id) || undefined}>
                  <Select.Value placeholder={regional.isLoading ? "불러오는 중…" : "광역자활센터 선택"} />
                </Select.Trigger>
                <Select.Content>
                  {parents.map((c) => (
                    <Select.Item key={c.id} value={c.id}>{c.name}</Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
          ) : null}
          {text("region", "시·도", { required: true, placeholder: "예: 광주광역시" })}
          {text("address", "주소")}
          {text("phone", "전화번호", { placeholder: "062-367-3027" })}
        </form>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">취소</Button>
        </Drawer.Close>
        <Button size="small" type="submit" form={FORM_ID} isLoading={create.isPending || update.isPending}>
          {center ? "저장" : "등록"}
        </Button>
      </Drawer.Footer>
    </>
  )
}
