import { model } from "@medusajs/framework/utils"

/**
 * What a cancellation, return or refund took back from a maker, dated when it happened: the
 * snapshot rows (line_attribution) are never rewritten, so a maker's figures are the rows plus
 * these. Amounts are NEGATIVE whole won, VAT included: `amount` is the maker's share of the line
 * refunded (its share of discounts and of a split gift set included), `shipping_amount` the part
 * of its parcel fee refunded (a row of its own, line_item_id null). Settlement reads them by
 * `occurred_at`; the maker-sales report by the order they belong to.
 */
export const AttributionAdjustment = model
  .define("attribution_adjustment", {
    id: model.id({ prefix: "aadj" }).primaryKey(),
    order_id: model.text(),
    /** null for a shipping-fee refund. */
    line_item_id: model.text().nullable(),
    maker_id: model.text(),
    kind: model.enum(["cancel", "return", "refund"]),
    /** Units of the line taken back (every maker row of a split gift set line carries the same). */
    quantity: model.number(),
    amount: model.bigNumber(),
    shipping_amount: model.bigNumber(),
    occurred_at: model.dateTime(),
    /** Medusa's order change / return / refund id (or the order id for a whole-order cancel). */
    reference: model.text().nullable(),
    created_by: model.text().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["maker_id", "occurred_at"], where: "deleted_at IS NULL" },
    { on: ["occurred_at"], where: "deleted_at IS NULL" },
  ])
