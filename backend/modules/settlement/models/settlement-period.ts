import { model } from "@medusajs/framework/utils"
import { SettlementStatement } from "./settlement-statement"

/** 정산 기간: a month (`2026-12`) or an ISO week (`2026-W49`) in Asia/Seoul. */
export const SettlementPeriod = model
  .define("settlement_period", {
    id: model.id({ prefix: "sper" }).primaryKey(),
    code: model.text(),
    cycle: model.enum(["monthly", "weekly"]),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    statements: model.hasMany(() => SettlementStatement, { mappedBy: "period" }),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])
