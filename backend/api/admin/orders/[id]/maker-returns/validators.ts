import { z } from "@medusajs/framework/zod"
import { RefundAccountInput } from "../../../../utils/refund-account"

const quantity = z
  .number({ error: "수량(quantity)은 숫자로 보내 주세요." })
  .int("수량은 1 이상의 정수여야 합니다.")
  .min(1, "수량은 1 이상의 정수여야 합니다.")
  .max(10000, "수량이 너무 큽니다.")

/** 취소·반품: lines of this order and how many units of each, whether the parcels' fees go back too. */
export const AdminMakerReturn = z
  .object({
    items: z
      .array(z.object({ line_item_id: z.string().min(1, "상품 줄(line_item_id)을 보내 주세요.").max(100), quantity }).strict())
      .min(1, "취소·반품할 상품을 하나 이상 보내 주세요.")
      .max(100, "한 번에 100줄까지 처리할 수 있습니다."),
    refund_shipping: z.boolean({ error: "배송비 환불 여부(refund_shipping)는 true 또는 false로 보내 주세요." }),
    reason: z.string().trim().min(1, "사유(reason)를 입력해 주세요.").max(200, "사유는 200자 이하로 입력해 주세요."),
    refund_account: RefundAccountInput.optional(),
  })
  .strict()
export type AdminMakerReturnType = z.infer<typeof AdminMakerReturn>
