import { model } from "@medusajs/framework/utils"
import { SettlementLine } from "./settlement-line"
import { SettlementPeriod } from "./settlement-period"

/**
 * 정산 명세서: one maker, one period. `draft` (작성 중) is rebuilt from the sources whenever the
 * job or staff refresh it; `confirmed` (확정) is locked — its lines and totals never change, and
 * anything that arrives later lands in the next open statement; `paid` (지급 완료) records the
 * transfer. Totals are whole won (see utils/statements.ts for their meaning).
 */
export const SettlementStatement = model
  .define("settlement_statement", {
    id: model.id({ prefix: "sstm" }).primaryKey(),
    maker_id: model.text(),
    period_code: model.text(),
    status: model.enum(["draft", "confirmed", "paid"]).default("draft"),
    sales_amount: model.bigNumber().default(0),
    shipping_amount: model.bigNumber().default(0),
    refund_amount: model.bigNumber().default(0),
    adjustment_amount: model.bigNumber().default(0),
    fee_amount: model.bigNumber().default(0),
    subsidy_amount: model.bigNumber().default(0),
    carry_over_amount: model.bigNumber().default(0),
    net_sales_amount: model.bigNumber().default(0),
    net_amount: model.bigNumber().default(0),
    balance_amount: model.bigNumber().default(0),
    payout_amount: model.bigNumber().default(0),
    carry_forward_amount: model.bigNumber().default(0),
    /** the maker and its account as they were at confirmation (the transfer goes there) */
    maker_name: model.text().nullable(),
    business_registration_number: model.text().nullable(),
    payout_bank: model.text().nullable(),
    payout_account_number: model.text().nullable(),
    payout_account_holder: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    confirmed_by: model.text().nullable(),
    /** 이체일, a Seoul calendar date YYYY-MM-DD */
    paid_on: model.text().nullable(),
    transfer_reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    paid_by: model.text().nullable(),
    period: model.belongsTo(() => SettlementPeriod, { mappedBy: "statements" }),
    lines: model.hasMany(() => SettlementLine, { mappedBy: "statement" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    { on: ["maker_id", "period_code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["period_code"], where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
