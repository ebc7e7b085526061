import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePayoutAccountWorkflow } from "../../../../../workflows/settlement/workflows/update-payout-account"
import { payoutAccountOf } from "../../../../utils/payout-account"
import { fetchOneOr404 } from "../../../../utils/fetch-one"
import type { PayoutAccountBodyType } from "./validators"

const makerOr404 = (req: AuthenticatedMedusaRequest) =>
  fetchOneOr404(req, "maker", ["id"], { id: req.params.id }, `만든 곳을 찾을 수 없습니다: ${req.params.id}`)

/** GET /admin/makers/:id/payout-account — the account and its change log (newest first). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await makerOr404(req)
  res.json(await payoutAccountOf(req, req.params.id))
}

/** POST /admin/makers/:id/payout-account {bank, account_number, holder} — staff set it; logged. */
export async function POST(req: AuthenticatedMedusaRequest<PayoutAccountBodyType>, res: MedusaResponse) {
  await makerOr404(req)
  const { bank, account_number, holder } = req.validatedBody
  await updatePayoutAccountWorkflow(req.scope).run({
    input: { maker_id: req.params.id, account: { bank, account_number, holder }, actor_type: "user", actor_id: req.auth_context.actor_id },
  })
  res.json(await payoutAccountOf(req, req.params.id))
}
