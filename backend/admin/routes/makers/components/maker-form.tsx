import { Input, Select, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useCenters } from "../../../hooks/centers"
import { toFieldErrors, type FieldErrors } from "../../../lib/errors"
import { Field, FormError, focusFirstError } from "../../../lib/form-field"
import { KIND_LABELS, LEVEL_LABELS, STATUS_LABELS } from "../../../lib/format"
import type { Center, MakerInput, MakerKind, MakerStatus } from "../../../lib/types"
import { CertificationsEditor } from "./certifications-editor"
import {
  MAKER_FIELDS, MAKER_KEYWORDS, validateMakerValues, valuesToInput,
  type MakerField, type MakerFormValues,
} from "./maker-form-values"

type Props = {
  formId: string
  initial: MakerFormValues
  onSubmit: (input: MakerInput) => Promise<unknown>
}

type TextField = Exclude<MakerField, "kind" | "center_id" | "status" | "certifications">

/** Every field of a 만든 곳; shows the server's message under the field it concerns. */
export function MakerForm({ formId, initial, onSubmit }: Props) {
  const [values, setValues] = useState<MakerFormValues>(initial)
  const [errors, setErrors] = useState<FieldErrors<MakerField>>({})
  const centers = useCenters({ limit: 100 })

  const set = <K extends MakerField>(field: K, value: MakerFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const pickCenter = (id: string) => {
    const center = centers.data?.centers.find((c) => c.id === id)
    setValues((v) => ({ ...v, center_id: id, region: v.region || center?.region || "" }))
    setErrors((e) => ({ ...e, center_id: undefined }))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const local = validateMakerValues(values)
    setErrors(local)
    if (Object.keys(local).length) return focusFirstError(formId)
    try {
      await onSubmit(valuesToInput(values))
    } catch (error) {
      setErrors(toFieldErrors(error, MAKER_FIELDS, MAKER_KEYWORDS))
      focusFirstError(formId)
    }
  }

  const text = (field: TextField, label: string, opts: { required?: boolean; hint?: string; type?: string; placeholder?: string } = {}) => (
    <Field id={`maker-${field}`} label={label} required={opts.required} hint={opts.hint} error={errors[field]}>
      <Input
        id={`maker-${field}`}
        type={opts.type ?? "text"}
        placeholder={opts.placeholder}
        value={values[field]}
        aria-invalid={Boolean(errors[field]) || undefined}
        onChange={(e) => set(field, e.target.value)}
      />
    </Field>
  )

  const byLevel = (level: Center["level"]) => (centers.data?.centers ?? []).filter((c) => c.level === level)

  return (
    <form id={formId} onSubmit={submit} className="flex flex-col gap-y-6" noValidate>
      <FormError message={errors.form} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {text("name", "이름", { required: true, placeholder: "예: 내친구김" })}
        {text("handle", "핸들", { required: true, hint: "주소에 쓰입니다. 영문 소문자, 숫자, 하이픈(-)", placeholder: "naechingu-gim" })}
        <Field id="maker-kind" label="종류" required error={errors.kind}>
          <Select value={values.kind} onValueChange={(v) => set("kind", v as MakerKind)}>
            <Select.Trigger id="maker-kind" aria-invalid={Boolean(errors.kind) || undefined}>
              <Select.Value placeholder="종류 선택" />
            </Select.Trigger>
            <Select.Content>
              {Object.entries(KIND_LABELS).map(([value, label]) => (
                <Select.Item key={value} value={value}>{label}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="maker-center_id" label="자활센터" required error={errors.center_id}>
          <Select value={values.center_id} onValueChange={pickCenter} disabled={centers.isLoading}>
            <Select.Trigger id="maker-center_id" aria-invalid={Boolean(errors.center_id) || undefined}>
              <Select.Value placeholder={centers.isLoading ? "불러오는 중…" : "자활센터 선택"} />
            </Select.Trigger>
            <Select.Content>
              {(["local", "regional"] as const).map((level) =>
                byLevel(level).length ? (
                  <Select.Group key={level}>
                    <Select.Label>{LEVEL_LABELS[level]}</Select.Label>
                    {byLevel(level).map((c) => (
                      <Select.Item key={c.id} value={c.id}>{c.name}</Select.Item>
                    ))}
                  </Select.Group>
                ) : null
              )}
            </Select.Content>
          </Select>
        </Field>
        {text("region", "시·도", { required: true, placeholder: "예: 광주광역시", hint: "센터를 고르면 센터의 시·도가 채워집니다." })}
        {text("legal_form", "법인 형태", { placeholder: "예: 사회적협동조합" })}
        {text("representative", "대표자")}
        {text("founded_on", "설립일", { type: "date" })}
        {text("business_registration_number", "사업자등록번호", { placeholder: "000-00-00000" })}
        {text("mail_order_number", "통신판매업 신고번호", { placeholder: "예: 2024-광주서구-0123" })}
        {text("phone", "전화번호", { type: "tel", placeholder: "062-367-3027" })}
        {text("email", "이메일", { type: "email" })}
        {text("address", "주소")}
        {text("logo_url", "로고 URL", { type: "url", placeholder: "https://" })}
        {text("shipping_base_fee", "기본 배송비 (원)", { type: "number", placeholder: "3000", hint: "업체별 배송: 이 곳의 상품을 담은 주문마다 한 번 받습니다." })}
        {text("free_shipping_threshold", "무료배송 기준 금액 (원)", { type: "number", placeholder: "30000", hint: "이 곳의 상품 금액 합계가 이 금액 이상이면 배송비가 없습니다. 비우면 무료배송이 없습니다." })}
        <Field id="maker-status" label="상태" error={errors.status}>
          <Select value={values.status} onValueChange={(v) => set("status", v as MakerStatus)}>
            <Select.Trigger id="maker-status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {Object.entries(STATUS_LABELS).map(([value, label]) => (
                <Select.Item key={value} value={value}>{label}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </div>
      <Field id="maker-story" label="소개 (이야기)" hint="HTML을 쓸 수 있습니다. 허용되지 않는 태그는 저장할 때 지워집니다." error={errors.story}>
        <Textarea
          id="maker-story"
          rows={6}
          value={values.story}
          aria-invalid={Boolean(errors.story) || undefined}
          onChange={(e) => set("story", e.target.value)}
        />
      </Field>
      <Field id="maker-certifications" label="인증 (품질인증·HACCP 등)" error={errors.certifications}>
        <CertificationsEditor
          rows={values.certifications}
          invalid={Boolean(errors.certifications)}
          onChange={(rows) => set("certifications", rows)}
        />
      </Field>
    </form>
  )
}
