import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useCustomerInstitution, useSaveInstitution, useUnmarkInstitution, type Institution } from "../hooks/institutions"
import { errorMessage } from "../lib/errors"
import { Field, FormError } from "../lib/form-field"
import { ErrorState, LoadingState } from "../lib/states"

/** 공공기관 구매: mark the customer as an institution (기관명, 사업자등록번호, 담당자), edit or unmark it. */
const CustomerInstitutionWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const institution = useCustomerInstitution(customer.id)
  const [editing, setEditing] = useState(false)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">기관 회원 (공공기관 구매)</Heading>
        {institution.data ? <Badge color="green">기관</Badge> : null}
      </div>
      {institution.isLoading ? (
        <LoadingState rows={2} />
      ) : institution.isError ? (
        <ErrorState error={institution.error} />
      ) : editing ? (
        <InstitutionForm customerId={customer.id} institution={institution.data ?? null} onDone={() => setEditing(false)} />
      ) : (
        <Summary institution={institution.data ?? null} onEdit={() => setEditing(true)} />
      )}
    </Container>
  )
}

function Summary({ institution, onEdit }: { institution: Institution | null; onEdit: () => void }) {
  const unmark = useUnmarkInstitution()
  if (!institution) {
    return (
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          기관으로 등록하면 결제 때 세금계산서·현금영수증을 요청하고 구매 실적을 내려받을 수 있습니다.
        </Text>
        <Button size="small" variant="secondary" onClick={onEdit}>
          기관으로 등록
        </Button>
      </div>
    )
  }
  const onUnmark = () => {
    if (!window.confirm(`${institution.name}의 기관 등록을 해제할까요? 지난 주문의 증빙 요청은 남습니다.`)) return
    unmark.mutate(institution.id, {
      onSuccess: () => toast.success("기관 등록을 해제했습니다."),
      onError: (error) => toast.error(errorMessage(error)),
    })
  }
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4 txt-small">
      <div>기관명: {institution.name}</div>
      <div>사업자등록번호: {institution.business_number}</div>
      <div>
        담당자: {institution.contact_name}
        {institution.contact_phone ? ` · ${institution.contact_phone}` : ""}
        {institution.contact_email ? ` · ${institution.contact_email}` : ""}
      </div>
      <div className="flex gap-x-2 pt-2">
        <Button size="small" variant="secondary" onClick={onEdit}>
          수정
        </Button>
        <Button size="small" variant="danger" onClick={onUnmark} isLoading={unmark.isPending}>
          기관 등록 해제
        </Button>
      </div>
    </div>
  )
}

function InstitutionForm({ customerId, institution, onDone }: { customerId: string; institution: Institution | null; onDone: () => void }) {
  const save = useSaveInstitution(customerId)
  const [values, setValues] = useState({
    name: institution?.name ?? "",
    business_number: institution?.business_number ?? "",
    contact_name: institution?.contact_name ?? "",
    contact_phone: institution?.contact_phone ?? "",
    contact_email: institution?.contact_email ?? "",
  })
  const [error, setError] = useState<string>()
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }))
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    setError(undefined)
    const body = { ...values, contact_phone: values.contact_phone.trim() || null, contact_email: values.contact_email.trim() || null }
    save.mutate(
      { id: institution?.id, ...body },
      {
        onSuccess: () => {
          toast.success(institution ? "기관 정보를 수정했습니다." : "기관으로 등록했습니다.")
          onDone()
        },
        onError: (err) => setError(errorMessage(err)),
      }
    )
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-y-3 px-6 py-4">
      <Field id="inst-name" label="기관명" required>
        <Input id="inst-name" value={values.name} onChange={set("name")} maxLength={100} />
      </Field>
      <Field id="inst-brn" label="사업자등록번호" required hint="000-00-00000">
        <Input id="inst-brn" value={values.business_number} onChange={set("business_number")} maxLength={12} />
      </Field>
      <Field id="inst-contact" label="담당자" required>
        <Input id="inst-contact" value={values.contact_name} onChange={set("contact_name")} maxLength={50} />
      </Field>
      <Field id="inst-phone" label="담당자 전화">
        <Input id="inst-phone" value={values.contact_phone} onChange={set("contact_phone")} />
      </Field>
      <Field id="inst-email" label="담당자 이메일">
        <Input id="inst-email" type="email" value={values.contact_email} onChange={set("contact_email")} />
      </Field>
      <FormError message={error} />
      <div className="flex gap-x-2">
        <Button size="small" type="submit" isLoading={save.isPending}>
          저장
        </Button>
        <Button size="small" variant="secondary" type="button" onClick={onDone}>
          취소
        </Button>
      </div>
    </form>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerInstitutionWidget
