import { model } from "@medusajs/framework/utils"
import { Campaign } from "./campaign"

/**
 * One product in a campaign with its discount: `percent` (1..99, the sale price rounded down to
 * the won) or `fixed_price` (a whole-won 특판가 below every variant's regular price).
 * `state` is the maker's participation: staff-added items are `accepted`; a maker's proposal
 * stays `proposed` until staff accept or decline it. Only accepted items are priced.
 */
export const CampaignItem = model
  .define("sale_campaign_item", {
    id: model.id({ prefix: "cmpi" }).primaryKey(),
    product_id: model.text(),
    maker_id: model.text(),
    discount_type: model.enum(["percent", "fixed_price"]),
    discount_value: model.number(),
    per_customer_limit: model.number().nullable(),
    state: model.enum(["accepted", "proposed", "declined"]).default("accepted"),
    /** Why staff declined a maker's proposal; shown to that maker only. */
    decline_reason: model.text().nullable(),
    campaign: model.belongsTo(() => Campaign, { mappedBy: "items" }),
  })
  .indexes([
    { on: ["campaign_id", "product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
    { on: ["maker_id"], where: "deleted_at IS NULL" },
  ])
