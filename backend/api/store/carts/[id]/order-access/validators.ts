import { z } from "@medusajs/framework/zod"

/** Nothing to send: the cart id in the path is the proof (see route.ts). */
export const StoreCartOrderAccess = z.object({}).strict()
