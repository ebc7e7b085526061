import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { SETTLEMENT_ERRORS } from "../../../modules/settlement/utils/messages"

export const lockStatementStepId = "lock-statement"

type MakerRow = { name: string; business_registration_number: string | null; payout_bank: string | null; payout_account_number: string | null; payout_account_holder: string | null }

/**
 * 확정: the draft (just refreshed) is locked with the maker's name and payout account as they are
 * now — the transfer goes to the account the statement names, whatever changes later.
 */
export const lockStatementStep = createStep(
  lockStatementStepId,
  async ({ id, actor_id }: { id: string; actor_id: string }, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const [statement] = await settlement.listSettlementStatements({ id }, { select: ["id", "maker_id", "status"] })
    // the refresh before may have removed a draft that no longer has lines
    if (!statement) throw new MedusaError(MedusaError.Types.NOT_FOUND, SETTLEMENT_ERRORS.notFound)
    if (statement.status !== "draft") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, SETTLEMENT_ERRORS.notDraft)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "maker",
      fields: ["name", "business_registration_number", "payout_bank", "payout_account_number", "payout_account_holder"],
      filters: { id: statement.maker_id },
    })
    const maker = (data[0] ?? {}) as Partial<MakerRow>
    await settlement.updateSettlementStatements({
      id,
      status: "confirmed",
      confirmed_at: new Date(),
      confirmed_by: actor_id,
      maker_name: maker.name ?? null,
      business_registration_number: maker.business_registration_number ?? null,
      payout_bank: maker.payout_bank ?? null,
      payout_account_number: maker.payout_account_number ?? null,
      payout_account_holder: maker.payout_account_holder ?? null,
    })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    await settlement.updateSettlementStatements({
      id, status: "draft", confirmed_at: null, confirmed_by: null, maker_name: null, business_registration_number: null,
      payout_bank: null, payout_account_number: null, payout_account_holder: null,
    })
  }
)
