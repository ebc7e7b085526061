import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerIdOf, institutionOf } from "../../../../utils/institution-access"

/**
 * GET /store/customers/me/institution — the logged-in customer's institution, or null: the shop
 * shows the 증빙 choice at checkout and the 구매 실적 link only to institutions.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ institution: await institutionOf(req.scope, customerIdOf(req)) })
}
