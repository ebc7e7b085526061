import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import CampaignsModule from "../modules/campaigns"

/** A campaign item's product, read through its `product_id` (no link table). */
export default defineLink(
  { linkable: CampaignsModule.linkable.saleCampaignItem, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
