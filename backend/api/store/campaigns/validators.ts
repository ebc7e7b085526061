import { z } from "@medusajs/framework/zod"

export const StoreListCampaignsQuery = z.object({}).strict()
export const StoreCampaignQuery = z.object({}).strict()
