import type { MedusaResponse } from "@medusajs/framework/http"
import { sellerStatements } from "../scope"
import type { SellerRequest } from "../types"

/** GET /seller/settlements — this maker's statements (작성 중, 확정, 지급 완료), newest first. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json({ statements: await sellerStatements(req) })
}
