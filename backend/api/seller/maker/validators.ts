import { z } from "@medusajs/framework/zod"
import { SELLER_ERRORS } from "../../../lib/seller/seller-errors"
import { makerPhone } from "../../admin/makers/validators"

/**
 * The maker's legal identity (상호, 사업자등록번호, 대표자, 통신판매업 신고번호) and its standing
 * (kind, status, handle) belong to the center's records: a seller may not send them at all.
 */
export const SELLER_LEGAL_MAKER_FIELDS = [
  "name", "business_registration_number", "representative", "kind", "mail_order_number", "status", "handle",
  "legal_form", "center_id", "region", "founded_on", "certifications",
] as const

/** Whole won from 0 to 1,000,000 (a parcel fee or a free-shipping threshold). */
const won = (subject: string) =>
  z.custom<number>((v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 1_000_000, {
    message: `${subject} 0원부터 1,000,000원까지 원 단위 정수(부가세 포함)로 입력하세요`,
  })

const noLegalFields = z.custom<Record<string, unknown>>(
  (v) => !(v && typeof v === "object" && SELLER_LEGAL_MAKER_FIELDS.some((k) => Object.prototype.hasOwnProperty.call(v, k))),
  { message: SELLER_ERRORS.legalFields }
)

const SellerMakerFields = z
  .object({
    /** rich text; stored sanitized by the makers workflow (shared policy) */
    story: z.string({ message: "소개글은 문자열이어야 합니다" }).max(20_000, "소개글은 20,000자 이하여야 합니다").optional(),
    phone: makerPhone,
    email: z.string().trim().email("이메일 형식이 올바르지 않습니다").max(200).nullish(),
    address: z.string({ message: "주소는 문자열이어야 합니다" }).trim().max(200, "주소는 200자 이하여야 합니다").nullish(),
    shipping_base_fee: won("기본 배송비는").optional(),
    free_shipping_threshold: won("무료배송 기준 금액은").nullish(),
  })
  .strict()

/** 판매자센터 profile edit: contact, story and shipping terms only; a legal field is a Korean 400. */
export const SellerUpdateMaker = noLegalFields.pipe(SellerMakerFields)
export type SellerUpdateMakerType = z.infer<typeof SellerMakerFields>

/** The logo upload (multipart `file`) has no text fields. */
export const SellerUploadLogo = z.object({}).strict()
