import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"

type MakerRow = { payout_bank: string | null; payout_account_number: string | null; payout_account_holder: string | null }

/** A maker's 정산 계좌 and the log of its changes, newest first (shared by staff and the owner). */
export async function payoutAccountOf(req: MedusaRequest, maker_id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "maker", fields: ["payout_bank", "payout_account_number", "payout_account_holder"], filters: { id: maker_id } })
  const maker = (data[0] ?? {}) as Partial<MakerRow>
  const settlement: SettlementModuleService = req.scope.resolve(SETTLEMENT_MODULE)
  const changes = await settlement.listPayoutAccountChanges({ maker_id }, { order: { created_at: "DESC" }, take: 50 })
  return {
    payout_account: { bank: maker.payout_bank ?? null, account_number: maker.payout_account_number ?? null, holder: maker.payout_account_holder ?? null },
    changes: changes.map((c) => ({
      id: c.id, actor_type: c.actor_type, actor_id: c.actor_id, created_at: c.created_at,
      old: { bank: c.old_bank, account_number: c.old_account_number, holder: c.old_account_holder },
      new: { bank: c.new_bank, account_number: c.new_account_number, holder: c.new_account_holder },
    })),
  }
}
