import { z } from "@medusajs/framework/zod"

export const StoreCartMakerGroupsParams = z.object({
  id: z.string().regex(/^cart_[0-9A-Za-z]{1,64}$/, "장바구니 ID 형식이 올바르지 않습니다"),
})
