import { model } from "@medusajs/framework/utils"
import { SettlementStatement } from "./settlement-statement"

/**
 * One amount on a statement: sale (a maker's share of an order line), shipping, refund, fee
 * (negative; positive when a refund gives it back), subsidy (특판 할인 보전: the center's part of a
 * campaign discount; negative when a refund gives it back), carry_over (a negative balance brought
 * forward) or adjustment (a line of an already locked period). `key` names its source and is
 * unique across statements of a maker, so nothing is ever counted twice.
 */
export const SettlementLine = model
  .define("settlement_line", {
    id: model.id({ prefix: "slin" }).primaryKey(),
    key: model.text(),
    kind: model.enum(["sale", "shipping", "refund", "fee", "subsidy", "carry_over", "adjustment"]),
    maker_id: model.text(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    line_item_id: model.text().nullable(),
    product_title: model.text().nullable(),
    quantity: model.number().nullable(),
    amount: model.bigNumber(),
    rate_bp: model.number().nullable(),
    reference: model.text().nullable(),
    label: model.text(),
    occurred_at: model.dateTime().nullable(),
    position: model.number().default(0),
    statement: model.belongsTo(() => SettlementStatement, { mappedBy: "lines" }),
  })
  .indexes([
    { on: ["statement_id", "key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["maker_id", "key"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
  ])
