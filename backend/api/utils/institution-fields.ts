import { z } from "@medusajs/framework/zod"
import { normalizeBusinessNumber } from "../../lib/korean/business-number"
import { normalizeMobilePhone, PHONE_ERROR } from "../../lib/korean/contact"
import { toPlainText } from "../../lib/security/safe-html"

/**
 * Fields shared by the staff institution forms and the checkout's 증빙 요청: plain text only
 * (tags and control characters removed, like the order details), 사업자등록번호 normalized to
 * 000-00-00000 after its check digit, phones normalized.
 */
export const BUSINESS_NUMBER_ERROR = "사업자등록번호가 올바르지 않습니다. 10자리 숫자(000-00-00000)와 검증번호를 확인해 주세요."

export const plainText = (label: string, max: number) =>
  z
    .string({ error: `${label}을(를) 입력해 주세요.` })
    .transform((value) => toPlainText(value))
    .pipe(z.string().min(1, `${label}을(를) 입력해 주세요.`).max(max, `${label}은(는) ${max}자 이내로 입력해 주세요.`))

export const businessNumber = z.string({ error: BUSINESS_NUMBER_ERROR }).transform((value, ctx) => {
  const normalized = normalizeBusinessNumber(value)
  if (!normalized) {
    ctx.addIssue({ code: "custom", message: BUSINESS_NUMBER_ERROR })
    return z.NEVER
  }
  return normalized
})

export const mobilePhone = z.string({ error: PHONE_ERROR }).transform((value, ctx) => {
  const phone = normalizeMobilePhone(value)
  if (!phone) {
    ctx.addIssue({ code: "custom", message: PHONE_ERROR })
    return z.NEVER
  }
  return phone
})

/** A landline or a mobile number of the 담당자 (02-123-4567, 062-367-3027, 010-1234-5678). */
export const contactPhone = z
  .string({ error: "전화번호는 02-123-4567, 010-1234-5678 같은 형식이어야 합니다." })
  .trim()
  .regex(/^0\d{1,2}-?\d{3,4}-?\d{4}$|^1\d{3}-?\d{4}$/, "전화번호는 02-123-4567, 010-1234-5678 같은 형식이어야 합니다.")

export const email = z.string({ error: "이메일 형식이 올바르지 않습니다." }).trim().email("이메일 형식이 올바르지 않습니다.").max(200)
