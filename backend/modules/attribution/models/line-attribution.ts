import { model } from "@medusajs/framework/utils"

/**
 * The maker a sold order line is attributed to, frozen when the order is placed. Later edits of
 * the maker or the product never touch it. A line sold inside a gift set may have several rows,
 * one per component maker, whose amounts add up to the line total.
 */
export const LineAttribution = model
  .define("line_attribution", {
    id: model.id({ prefix: "latt" }).primaryKey(),
    order_id: model.text(),
    order_display_id: model.number().nullable(),
    line_item_id: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    product_title: model.text(),
    maker_id: model.text(),
    maker_handle: model.text(),
    maker_name: model.text(),
    maker_business_registration_number: model.text().nullable(),
    quantity: model.number(),
    /** Whole won, VAT included: this maker's share of the line total. */
    amount: model.bigNumber(),
    currency_code: model.text(),
    placed_at: model.dateTime(),
    /** Set when the order is canceled: the sale no longer counts for the maker. */
    canceled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["line_item_id", "maker_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["maker_id", "placed_at"], where: "deleted_at IS NULL" },
    { on: ["placed_at"], where: "deleted_at IS NULL" },
  ])
