import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { maskAccountNumber, type PayoutAccount } from "../../../modules/settlement/utils/payout-account"

export const logPayoutAccountChangeStepId = "log-payout-account-change"

export type PayoutAccountActor = { actor_type: "user" | "seller"; actor_id: string }

/** One log row per change: who, and the account before and after (numbers masked). */
export const logPayoutAccountChangeStep = createStep(
  logPayoutAccountChangeStepId,
  async (input: { maker_id: string; previous: PayoutAccount; account: PayoutAccount } & PayoutAccountActor, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const change = await settlement.createPayoutAccountChanges({
      maker_id: input.maker_id,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      old_bank: input.previous.bank,
      new_bank: input.account.bank,
      old_account_number: maskAccountNumber(input.previous.account_number),
      new_account_number: maskAccountNumber(input.account.account_number),
      old_account_holder: input.previous.holder,
      new_account_holder: input.account.holder,
    })
    return new StepResponse(change.id, change.id)
  },
  async (id, { container }) => {
    if (!id) return
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    await settlement.deletePayoutAccountChanges(id)
  }
)
