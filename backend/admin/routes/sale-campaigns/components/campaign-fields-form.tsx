import { Button, Input, Select, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import type { SaleCampaign, SaleCampaignInput } from "../../../hooks/sale-campaigns"
import { blankToNull, toFieldErrors, type FieldErrors } from "../../../lib/errors"
import { Field, FormError } from "../../../lib/form-field"

type Values = {
  title: string; handle: string; host_center: string; co_hosts: string; description: string; banner_url: string
  starts_at: string; ends_at: string; discount_bearer: "maker" | "center" | "split"; maker_share_percent: string
  call_starts_at: string; call_ends_at: string; call_note: string
}
type F = keyof Values
const FIELDS: readonly F[] = ["title", "handle", "host_center", "co_hosts", "description", "banner_url", "starts_at", "ends_at", "discount_bearer", "maker_share_percent", "call_starts_at", "call_ends_at", "call_note"]
const KEYWORDS = { title: ["제목"], handle: ["핸들"], host_center: ["주최"], co_hosts: ["공동 주최"], starts_at: ["시작 시각"], ends_at: ["종료 시각"], maker_share_percent: ["부담 비율"], call_starts_at: ["참여 신청 시작", "함께 입력"], call_ends_at: ["참여 신청 마감"], call_note: ["참여 안내"], banner_url: ["이미지", "주소"] }

/** "2024-05-03 10:00" (as the API shows KST) → the datetime-local input's "2024-05-03T10:00". */
const toLocal = (kst?: string) => (kst ? kst.replace(" ", "T") : "")

function toValues(c?: SaleCampaign): Values {
  return {
    title: c?.title ?? "", handle: c?.handle ?? "", host_center: c?.host_center ?? "", co_hosts: (c?.co_hosts ?? []).join(", "),
    description: c?.description ?? "", banner_url: c?.banner_url ?? "", starts_at: toLocal(c?.starts_at_kst), ends_at: toLocal(c?.ends_at_kst),
    discount_bearer: c?.discount_bearer ?? "maker", maker_share_percent: c?.maker_share_percent?.toString() ?? "",
    call_starts_at: toLocal(c?.call_starts_at_kst ?? undefined), call_ends_at: toLocal(c?.call_ends_at_kst ?? undefined), call_note: c?.call_note ?? "",
  }
}

function toInput(v: Values): SaleCampaignInput {
  return {
    title: v.title.trim(), handle: v.handle.trim(), host_center: v.host_center.trim(),
    co_hosts: v.co_hosts.split(",").map((s) => s.trim()).filter(Boolean),
    description: v.description, banner_url: blankToNull(v.banner_url),
    // datetime-local has no zone: the API reads it as Korean time
    starts_at: v.starts_at, ends_at: v.ends_at, discount_bearer: v.discount_bearer,
    maker_share_percent: v.discount_bearer === "split" && v.maker_share_percent ? Number(v.maker_share_percent) : null,
    // both empty: no call (makers are not asked); the API refuses one end only
    call_starts_at: blankToNull(v.call_starts_at), call_ends_at: blankToNull(v.call_ends_at), call_note: blankToNull(v.call_note),
  }
}

type Props = { campaign?: SaleCampaign; submitLabel: string; onSubmit: (input: SaleCampaignInput) => Promise<unknown> }

/** The campaign's own fields; the window is entered in Korean time (YYYY-MM-DDTHH:mm). */
export function CampaignFieldsForm({ campaign, submitLabel, onSubmit }: Props) {
  const [values, setValues] = useState<Values>(() => toValues(campaign))
  const [errors, setErrors] = useState<FieldErrors<F>>({})
  const [busy, setBusy] = useState(false)
  const set = (key: F) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      await onSubmit(toInput(values))
      setErrors({})
    } catch (error) {
      setErrors(toFieldErrors(error, FIELDS, KEYWORDS))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-4" noValidate>
      <Field id="cmp-title" label="제목" required error={errors.title}><Input id="cmp-title" value={values.title} onChange={set("title")} /></Field>
      <Field id="cmp-handle" label="핸들 (주소)" required hint="영문 소문자·숫자·하이픈, 예: gyeongnam-haru-2024" error={errors.handle}><Input id="cmp-handle" value={values.handle} onChange={set("handle")} /></Field>
      <Field id="cmp-host" label="주최 센터" required error={errors.host_center}><Input id="cmp-host" value={values.host_center} onChange={set("host_center")} /></Field>
      <Field id="cmp-cohosts" label="공동 주최·후원" hint="쉼표로 구분, 예: 경상남도, (사)경남지역자활센터협회" error={errors.co_hosts}><Input id="cmp-cohosts" value={values.co_hosts} onChange={set("co_hosts")} /></Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="cmp-starts" label="시작 (한국 시간)" required error={errors.starts_at}><Input id="cmp-starts" type="datetime-local" value={values.starts_at} onChange={set("starts_at")} /></Field>
        <Field id="cmp-ends" label="종료 (한국 시간)" required error={errors.ends_at}><Input id="cmp-ends" type="datetime-local" value={values.ends_at} onChange={set("ends_at")} /></Field>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Field id="cmp-call-starts" label="참여 신청 시작 (한국 시간)" hint="비워 두면 판매자센터에서 신청을 받지 않습니다" error={errors.call_starts_at}><Input id="cmp-call-starts" type="datetime-local" value={values.call_starts_at} onChange={set("call_starts_at")} /></Field>
        <Field id="cmp-call-ends" label="참여 신청 마감 (한국 시간)" hint="특판전 종료 시각보다 늦을 수 없습니다" error={errors.call_ends_at}><Input id="cmp-call-ends" type="datetime-local" value={values.call_ends_at} onChange={set("call_ends_at")} /></Field>
      </div>
      <Field id="cmp-call-note" label="참여 안내 (만든 곳에 보이는 글)" hint="글자 그대로 보입니다 (HTML 없음)" error={errors.call_note}><Textarea id="cmp-call-note" rows={2} value={values.call_note} onChange={set("call_note")} /></Field>
      <Field id="cmp-banner" label="배너 이미지 주소" error={errors.banner_url}><Input id="cmp-banner" value={values.banner_url} onChange={set("banner_url")} /></Field>
      <Field id="cmp-desc" label="소개" hint="HTML 일부(문단, 굵게, 목록, 링크)만 남깁니다" error={errors.description}><Textarea id="cmp-desc" rows={4} value={values.description} onChange={set("description")} /></Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="cmp-bearer" label="할인 부담" error={errors.discount_bearer}>
          <Select value={values.discount_bearer} onValueChange={(v) => setValues((s) => ({ ...s, discount_bearer: v as Values["discount_bearer"] }))}>
            <Select.Trigger id="cmp-bearer"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value="maker">만든 곳</Select.Item>
              <Select.Item value="center">센터</Select.Item>
              <Select.Item value="split">나눠서</Select.Item>
            </Select.Content>
          </Select>
        </Field>
        {values.discount_bearer === "split" && (
          <Field id="cmp-share" label="만든 곳 부담 비율 (%)" error={errors.maker_share_percent}><Input id="cmp-share" type="number" min={1} max={99} value={values.maker_share_percent} onChange={set("maker_share_percent")} /></Field>
        )}
      </div>
      <FormError message={errors.form} />
      <Button type="submit" isLoading={busy} className="self-start">{submitLabel}</Button>
    </form>
  )
}
