import { z } from "@medusajs/framework/zod"
import { RefundAccountInput } from "../../../../utils/refund-account"

/** 주문 취소: nothing but, for a paid 무통장입금, the account to refund to. */
export const StoreOrderCancel = z.object({ refund_account: RefundAccountInput.optional() }).strict()
export type StoreOrderCancelType = z.infer<typeof StoreOrderCancel>
