import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import type { PayoutAccount } from "../../../modules/settlement/utils/payout-account"

export const updatePayoutAccountStepId = "update-payout-account"

type Row = { id: string; payout_bank: string | null; payout_account_number: string | null; payout_account_holder: string | null }

/** Writes the maker's payout account and returns the previous one (for the log and the undo). */
export const updatePayoutAccountStep = createStep(
  updatePayoutAccountStepId,
  async ({ maker_id, account }: { maker_id: string; account: PayoutAccount }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "maker", fields: ["id", "payout_bank", "payout_account_number", "payout_account_holder"], filters: { id: maker_id } })
    const row = data[0] as Row | undefined
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `만든 곳을 찾을 수 없습니다: ${maker_id}`)
    const previous: PayoutAccount = { bank: row.payout_bank, account_number: row.payout_account_number, holder: row.payout_account_holder }
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.updateMakers({ id: maker_id, payout_bank: account.bank, payout_account_number: account.account_number, payout_account_holder: account.holder })
    return new StepResponse(previous, { maker_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const { bank, account_number, holder } = undo.previous
    await makers.updateMakers({ id: undo.maker_id, payout_bank: bank, payout_account_number: account_number, payout_account_holder: holder })
  }
)
