import { blankToNull, type FieldErrors, type FieldKeywords } from "../../../lib/errors"
import type { Maker, MakerInput, MakerKind, MakerStatus } from "../../../lib/types"

export type CertificationRow = { key: string; name: string; number: string; valid_until: string }

/** What the maker form edits: text inputs hold strings, blanks become null on submit. */
export type MakerFormValues = {
  handle: string
  name: string
  kind: MakerKind | ""
  legal_form: string
  center_id: string
  region: string
  founded_on: string
  story: string
  phone: string
  email: string
  address: string
  business_registration_number: string
  mail_order_number: string
  representative: string
  logo_url: string
  status: MakerStatus
  /** Whole won as typed; a blank threshold means the fee is never waived. */
  shipping_base_fee: string
  free_shipping_threshold: string
  certifications: CertificationRow[]
}

export type MakerField = keyof MakerFormValues

export const MAKER_FIELDS: readonly MakerField[] = [
  "handle", "name", "kind", "legal_form", "center_id", "region", "founded_on", "story", "phone",
  "email", "address", "business_registration_number", "mail_order_number", "representative",
  "logo_url", "status", "shipping_base_fee", "free_shipping_threshold", "certifications",
]

/** Words in the server's Korean messages that point at a field. */
export const MAKER_KEYWORDS: FieldKeywords<MakerField> = {
  handle: ["핸들"],
  name: ["이름을"],
  kind: ["kind는"],
  center_id: ["자활센터", "center_id"],
  region: ["시·도"],
  phone: ["전화번호"],
  email: ["이메일"],
  business_registration_number: ["사업자등록번호"],
  logo_url: ["로고"],
  certifications: ["인증"],
  founded_on: ["날짜"],
  shipping_base_fee: ["기본 배송비"],
  free_shipping_threshold: ["무료배송"],
}

/** The seed policy, prefilled for a new maker (the server has the same defaults). */
const DEFAULT_BASE_FEE = "3000"
const DEFAULT_FREE_THRESHOLD = "30000"

const WHOLE_WON = /^\d{1,8}$/

let rowSeq = 0
export function newCertificationRow(values?: Partial<CertificationRow>): CertificationRow {
  rowSeq += 1
  return { key: `cert-${rowSeq}`, name: "", number: "", valid_until: "", ...values }
}

export function emptyMakerValues(): MakerFormValues {
  return {
    handle: "", name: "", kind: "", legal_form: "", center_id: "", region: "", founded_on: "",
    story: "", phone: "", email: "", address: "", business_registration_number: "",
    mail_order_number: "", representative: "", logo_url: "", status: "active",
    shipping_base_fee: DEFAULT_BASE_FEE, free_shipping_threshold: DEFAULT_FREE_THRESHOLD, certifications: [],
  }
}

export function makerToValues(maker: Maker): MakerFormValues {
  return {
    handle: maker.handle,
    name: maker.name,
    kind: maker.kind,
    legal_form: maker.legal_form ?? "",
    center_id: maker.center_id ?? maker.center?.id ?? "",
    region: maker.region,
    founded_on: maker.founded_on ?? "",
    story: maker.story ?? "",
    phone: maker.phone ?? "",
    email: maker.email ?? "",
    address: maker.address ?? "",
    business_registration_number: maker.business_registration_number ?? "",
    mail_order_number: maker.mail_order_number ?? "",
    representative: maker.representative ?? "",
    logo_url: maker.logo_url ?? "",
    status: maker.status,
    shipping_base_fee: String(maker.shipping_base_fee ?? DEFAULT_BASE_FEE),
    free_shipping_threshold: maker.free_shipping_threshold === null ? "" : String(maker.free_shipping_threshold ?? DEFAULT_FREE_THRESHOLD),
    certifications: (maker.certifications ?? []).map((c) =>
      newCertificationRow({ name: c.name, number: c.number, valid_until: c.valid_until ?? "" })
    ),
  }
}

/** The checks worth doing before a round trip; the server validates everything again. */
export function validateMakerValues(values: MakerFormValues): FieldErrors<MakerField> {
  const errors: FieldErrors<MakerField> = {}
  if (!values.handle.trim()) errors.handle = "핸들을 입력하세요."
  if (!values.name.trim()) errors.name = "이름을 입력하세요."
  if (!values.kind) errors.kind = "종류를 고르세요."
  if (!values.center_id) errors.center_id = "자활센터를 고르세요."
  if (values.region.trim().length < 2) errors.region = "시·도를 입력하세요."
  if (!WHOLE_WON.test(values.shipping_base_fee.trim())) {
    errors.shipping_base_fee = "기본 배송비는 0원 이상의 원 단위 숫자로 입력하세요."
  }
  const threshold = values.free_shipping_threshold.trim()
  if (threshold && !WHOLE_WON.test(threshold)) {
    errors.free_shipping_threshold = "무료배송 기준 금액은 0원 이상의 원 단위 숫자로 입력하세요. 비우면 무료배송이 없습니다."
  }
  if (values.certifications.some((c) => !c.name.trim() || !c.number.trim())) {
    errors.certifications = "인증마다 이름과 번호를 입력하세요."
  }
  return errors
}

export function valuesToInput(values: MakerFormValues): MakerInput {
  return {
    handle: values.handle.trim(),
    name: values.name.trim(),
    kind: values.kind as MakerKind,
    center_id: values.center_id,
    region: values.region.trim(),
    legal_form: blankToNull(values.legal_form),
    founded_on: blankToNull(values.founded_on),
    story: values.story,
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    address: blankToNull(values.address),
    business_registration_number: blankToNull(values.business_registration_number),
    mail_order_number: blankToNull(values.mail_order_number),
    representative: blankToNull(values.representative),
    logo_url: blankToNull(values.logo_url),
    status: values.status,
    shipping_base_fee: Number(values.shipping_base_fee.trim()),
    free_shipping_threshold: values.free_shipping_threshold.trim() ? Number(values.free_shipping_threshold.trim()) : null,
    certifications: values.certifications.map((c) => ({
      name: c.name.trim(),
      number: c.number.trim(),
      valid_until: blankToNull(c.valid_until),
    })),
  }
}
