import type { MedusaResponse } from "@medusajs/framework/http"
import type { PayoutAccountBodyType } from "../../admin/makers/[id]/payout-account/validators"
import { updatePayoutAccountWorkflow } from "../../../workflows/settlement/workflows/update-payout-account"
import { payoutAccountOf } from "../../utils/payout-account"
import { requireOwner } from "../scope"
import type { SellerRequest } from "../types"

/** GET /seller/payout-account — the maker's 정산 계좌 and its change log (대표 only). */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const owner = requireOwner(req)
  res.json(await payoutAccountOf(req, owner.maker_id))
}

/** POST /seller/payout-account {bank, account_number, holder} — the owner changes it; logged. */
export async function POST(req: SellerRequest<PayoutAccountBodyType>, res: MedusaResponse) {
  const owner = requireOwner(req)
  const { bank, account_number, holder } = req.validatedBody
  await updatePayoutAccountWorkflow(req.scope).run({
    input: { maker_id: owner.maker_id, account: { bank, account_number, holder }, actor_type: "seller", actor_id: owner.member_id },
  })
  res.json(await payoutAccountOf(req, owner.maker_id))
}
