import { z } from "@medusajs/framework/zod"

/** The PaymentIntent id Stripe put in the card return address (?payment_intent=pi_…). */
export const StoreCheckCardPayment = z
  .object({
    payment_intent: z
      .string({ error: "카드 결제 정보가 없습니다." })
      .regex(/^pi_[A-Za-z0-9_]{1,200}$/, "카드 결제 정보가 올바르지 않습니다."),
  })
  .strict()
export type StoreCheckCardPaymentType = z.infer<typeof StoreCheckCardPayment>
