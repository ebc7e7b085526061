import { MedusaService } from "@medusajs/framework/utils"
import { PayoutAccountChange } from "./models/payout-account-change"
import { SettlementFeeSnapshot } from "./models/settlement-fee-snapshot"
import { SettlementLine } from "./models/settlement-line"
import { SettlementPeriod } from "./models/settlement-period"
import { SettlementStatement } from "./models/settlement-statement"

/** CRUD for settlement records; the money rules are pure functions in utils/, the flows workflows. */
export default class SettlementModuleService extends MedusaService({
  SettlementFeeSnapshot,
  SettlementPeriod,
  SettlementStatement,
  SettlementLine,
  PayoutAccountChange,
}) {}
