import { z } from "@medusajs/framework/zod"
import { handleSchema, pagingSchema } from "../../utils/list-query"
import { MAKER_KINDS } from "../../store/makers/validators"
import { safeImageUrl } from "../../../lib/security/safe-url"

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "날짜는 YYYY-MM-DD 형식이어야 합니다")
const optionalText = (max: number) => z.string().trim().max(max).nullish()
/** A maker's phone (landline or mobile); also 판매자센터's profile form. */
export const makerPhone = z
  .string()
  .trim()
  .regex(/^0\d{1,2}-\d{3,4}-\d{4}$|^1\d{3}-\d{4}$/, "전화번호는 062-367-3027, 010-1234-5678 같은 형식이어야 합니다")
  .nullish()

/**
 * Whole won from 0 to 10,000,000; `subject` carries its particle (배송비는, 금액은). A refinement,
 * because Medusa words type and range errors itself, in English.
 */
const won = (subject: string) =>
  z.custom<number>((v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 10_000_000, {
    message: `${subject} 0원부터 10,000,000원까지 원 단위 정수로 입력하세요`,
  })

const Certification = z.object({
  name: z.string().trim().min(1, "인증 이름을 입력하세요").max(100),
  number: z.string().trim().min(1, "인증 번호를 입력하세요").max(100),
  valid_until: date.nullish(),
})

const makerFields = {
  handle: handleSchema,
  name: z.string().trim().min(1, "이름을 입력하세요").max(100),
  kind: z.enum(MAKER_KINDS, { message: `kind는 ${MAKER_KINDS.join(", ")} 중 하나여야 합니다` }),
  legal_form: optionalText(50),
  center_id: z.string().min(1, "자활센터(center_id)를 지정하세요"),
  region: z.string().trim().min(2, "시·도를 입력하세요").max(20),
  founded_on: date.nullish(),
  story: z.string().max(20_000).optional(),
  phone: makerPhone,
  email: z.string().email("이메일 형식이 올바르지 않습니다").nullish(),
  address: optionalText(200),
  business_registration_number: z.string().trim().max(20).nullish(),
  mail_order_number: optionalText(50),
  representative: optionalText(50),
  logo_url: safeImageUrl().nullish(),
  status: z.enum(["active", "suspended"]).optional(),
  shipping_base_fee: won("기본 배송비는").optional(),
  free_shipping_threshold: won("무료배송 기준 금액은").nullish(),
  /** 판매수수료 in basis points: 1000 = 10%, 0 allowed (docs/shipping-and-settlement.md) */
  commission_rate_bp: z
    .custom<number>((v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 10_000, {
      message: "판매수수료율(commission_rate_bp)은 0부터 10000까지의 정수(bp, 1000 = 10%)여야 합니다",
    })
    .optional(),
  settlement_cycle: z.enum(["monthly", "weekly"], { message: "정산 주기(settlement_cycle)는 monthly 또는 weekly여야 합니다" }).optional(),
  certifications: z.array(Certification).max(20).optional(),
}

export const AdminCreateMaker = z.object(makerFields).strict()
export const AdminUpdateMaker = z.object(makerFields).partial().strict()
export type AdminCreateMakerType = z.infer<typeof AdminCreateMaker>
export type AdminUpdateMakerType = z.infer<typeof AdminUpdateMaker>

export const AdminListMakersQuery = z
  .object({
    ...pagingSchema,
    q: z.string().trim().max(50).optional(),
    center_id: z.string().optional(),
    status: z.enum(["active", "suspended"]).optional(),
  })
  .strict()
export type AdminListMakersQueryType = z.infer<typeof AdminListMakersQuery>
