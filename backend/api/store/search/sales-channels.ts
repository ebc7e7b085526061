import type { MedusaRequest } from "@medusajs/framework/http"

/** The sales channels of the request's publishable key (Medusa's store middleware fills them in). */
export function salesChannelsOf(req: MedusaRequest): string[] {
  const context = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } }).publishable_key_context
  return context?.sales_channel_ids ?? []
}
