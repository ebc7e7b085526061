import { z } from "@medusajs/framework/zod"

export const LOOKUP_CONTACT_ERROR = "이메일과 휴대폰 번호 중 하나만 입력해 주세요."

/** 주문 조회 for guests: the order number and exactly one of email / phone. */
export const StoreOrderLookup = z
  .object({
    order_number: z
      .number({ error: "주문번호를 숫자로 입력해 주세요." })
      .int("주문번호를 숫자로 입력해 주세요.")
      .positive("주문번호를 숫자로 입력해 주세요."),
    email: z.string({ error: "이메일을 문자로 입력해 주세요." }).trim().min(1, "이메일을 입력해 주세요.").max(254).optional(),
    phone: z.string({ error: "휴대폰 번호를 문자로 입력해 주세요." }).trim().min(1, "휴대폰 번호를 입력해 주세요.").max(30).optional(),
  })
  .strict()
  .refine((body) => (body.email === undefined) !== (body.phone === undefined), { message: LOOKUP_CONTACT_ERROR })
export type StoreOrderLookupType = z.infer<typeof StoreOrderLookup>
