import { z } from "@medusajs/framework/zod"

/**
 * The order pages take no query. `?token=` is what links carried before tokens moved into the
 * x-order-token header; it is accepted and ignored, so an old link is harmless (it opens nothing
 * and breaks nothing).
 */
export const StoreOrderAccessQuery = z.object({ token: z.string().max(200).optional() }).strict()
export type StoreOrderAccessQueryType = z.infer<typeof StoreOrderAccessQuery>
