import type { MedusaResponse } from "@medusajs/framework/http"
import { findOwnStatementOr404 } from "../../scope"
import type { SellerRequest } from "../../types"

/** GET /seller/settlements/:id — one own statement with every line (order, product, amount, fee). */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json(await findOwnStatementOr404(req, req.params.id))
}
