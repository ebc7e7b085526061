import { model } from "@medusajs/framework/utils"

/**
 * An order line sold at a campaign price, frozen when the order is placed: the server matches
 * the line's unit price against the campaign's price list (never anything the cart carried).
 * `line_total` is the line's whole-won total after any other discount (as the maker
 * attribution counts it); `regular_unit_price - sale_unit_price` per unit is the discount given.
 */
export const CampaignSale = model
  .define("campaign_sale", {
    id: model.id({ prefix: "cmps" }).primaryKey(),
    line_item_id: model.text(),
    order_id: model.text(),
    campaign_id: model.text(),
    maker_id: model.text(),
    product_id: model.text(),
    variant_id: model.text().nullable(),
    product_title: model.text(),
    quantity: model.number(),
    regular_unit_price: model.number(),
    sale_unit_price: model.number(),
    line_total: model.number(),
    discount_bearer: model.enum(["maker", "center", "split"]),
    placed_at: model.dateTime(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["campaign_id", "maker_id"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
  ])
