import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellerOf } from "../scope"
import type { SellerRequest } from "../types"

/** The logged-in member and its maker. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const seller = sellerOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller_member",
    fields: ["id", "email", "name", "role", "maker.id", "maker.handle", "maker.name", "maker.status"],
    filters: { id: seller.member_id, maker_id: seller.maker_id },
  })
  res.json({ member: data[0] })
}
