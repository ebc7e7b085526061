import { z } from "@medusajs/framework/zod"
import { normalizeMobilePhone, PHONE_ERROR } from "../../../lib/korean/contact"
import { toPlainText } from "../../../lib/security/safe-html"

const plain = (max: number, tooLong: string, { multiline = false } = {}) =>
  z
    .string({ error: "문자열로 입력해 주세요." })
    .transform((value) => toPlainText(value, { multiline }))
    .pipe(z.string().max(max, tooLong))

/** 주문자 정보, 배송 요청사항 and 선물하기 for a cart; stored in cart.metadata, copied to the order. */
export const StoreSetOrderDetails = z
  .object({
    orderer_name: z
      .string({ error: "주문자 이름을 입력해 주세요." })
      .transform((value) => toPlainText(value))
      .pipe(z.string().min(1, "주문자 이름을 입력해 주세요.").max(30, "주문자 이름은 30자 이내로 입력해 주세요.")),
    orderer_phone: z
      .string({ error: PHONE_ERROR })
      .transform((value, ctx) => {
        const phone = normalizeMobilePhone(value)
        if (!phone) {
          ctx.addIssue({ code: "custom", message: PHONE_ERROR })
          return z.NEVER
        }
        return phone
      }),
    delivery_note: plain(100, "배송 요청사항은 100자 이내로 입력해 주세요.").optional(),
    gift: z
      .object(
        {
          sender_name: plain(30, "보내는 분 이름은 30자 이내로 입력해 주세요.").optional(),
          message: plain(200, "선물 메시지는 200자 이내로 입력해 주세요.", { multiline: true }).optional(),
        },
        { error: "선물하기 정보가 올바르지 않습니다." }
      )
      .strict()
      .nullable()
      .optional(),
  })
  .strict()
export type StoreSetOrderDetailsType = z.infer<typeof StoreSetOrderDetails>

export const QUANTITY_ERRORS = {
  add: "수량은 1개 이상 99개 이하의 정수로 입력해 주세요.",
  update: "수량은 0개 이상 99개 이하의 정수로 입력해 주세요.",
} as const

export const EMAIL_ERROR = "이메일 주소를 정확히 입력해 주세요. (예: name@example.com)"

export const isEmail = (value: unknown) => typeof value === "string" && z.string().email().safeParse(value.trim()).success
