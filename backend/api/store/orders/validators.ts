import { z } from "@medusajs/framework/zod"

/** ?token= — the order access token (guests); a logged-in customer needs none. */
export const StoreOrderAccessQuery = z.object({ token: z.string().max(200).optional() }).strict()
export type StoreOrderAccessQueryType = z.infer<typeof StoreOrderAccessQuery>
