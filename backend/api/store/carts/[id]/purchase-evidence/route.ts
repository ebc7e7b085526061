import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INSTITUTIONS_MODULE } from "../../../../../modules/institutions"
import type InstitutionsModuleService from "../../../../../modules/institutions/service"
import { removePurchaseEvidenceWorkflow } from "../../../../../workflows/institutions/workflows/remove-purchase-evidence"
import { setPurchaseEvidenceWorkflow } from "../../../../../workflows/institutions/workflows/set-purchase-evidence"
import { customerIdOf, institutionOf } from "../../../../utils/institution-access"
import { evidenceView } from "../../../../utils/purchase-evidence-view"
import type { StoreSetPurchaseEvidenceType } from "./validators"

// institutionCartOnly (middlewares.ts) has checked: logged in, own cart, an institution, still open.

async function current(req: AuthenticatedMedusaRequest) {
  const service: InstitutionsModuleService = req.scope.resolve(INSTITUTIONS_MODULE)
  const [row] = await service.listPurchaseEvidences({ cart_id: req.params.id }, { take: 1 })
  return row ? evidenceView(row) : null
}

/** GET — the institution (to prefill the form) and the cart's 증빙 요청, if any. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ institution: await institutionOf(req.scope, customerIdOf(req)), purchase_evidence: await current(req) })
}

/** POST — sets the cart's 세금계산서/현금영수증 request; it follows the cart onto the order. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSetPurchaseEvidenceType>, res: MedusaResponse) {
  await setPurchaseEvidenceWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: customerIdOf(req), evidence: req.validatedBody },
  })
  res.json({ purchase_evidence: await current(req) })
}

/** DELETE — no 증빙 for this purchase. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removePurchaseEvidenceWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  res.json({ purchase_evidence: null })
}
