import { z } from "@medusajs/framework/zod"
import { campaignItemFields, PERCENT_RANGE, percentInRange } from "../../admin/sale-campaigns/validators"

/** A maker's proposal: own products with the discount, by the same rules as staff items (no state: the server sets `proposed`). */
export const SellerProposeCampaignItems = z
  .object({
    items: z
      .array(z.object(campaignItemFields).strict().refine(percentInRange, PERCENT_RANGE))
      .min(1, "신청할 상품을 하나 이상 고르세요")
      .max(100, "한 번에 100개까지 신청할 수 있습니다"),
  })
  .strict()
export type SellerProposeCampaignItemsType = z.infer<typeof SellerProposeCampaignItems>
