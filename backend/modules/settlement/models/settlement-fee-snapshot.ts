import { model } from "@medusajs/framework/utils"

/**
 * 판매수수료율 as it was when the order was placed, per order line × maker (a gift set's line has
 * one per component maker). Written with the order's other snapshots and never updated, so a
 * later change of a maker's rate does not rewrite history.
 */
export const SettlementFeeSnapshot = model
  .define("settlement_fee_snapshot", {
    id: model.id({ prefix: "sfee" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    maker_id: model.text(),
    /** basis points: 1,000 = 10% */
    rate_bp: model.number(),
  })
  .indexes([
    { on: ["line_item_id", "maker_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
  ])
