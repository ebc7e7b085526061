import { defineLink } from "@medusajs/framework/utils"
import CampaignsModule from "../modules/campaigns"
import MakersModule from "../modules/makers"

/** A campaign item's maker, read through its `maker_id` (no link table). */
export default defineLink(
  { linkable: CampaignsModule.linkable.saleCampaignItem, field: "maker_id" },
  MakersModule.linkable.maker,
  { readOnly: true }
)
