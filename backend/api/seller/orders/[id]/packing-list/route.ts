import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellerPackingList } from "../../../../../lib/shipping/parcel-view"
import { sellerOf } from "../../../scope"
import type { SellerRequest } from "../../../types"
import { ownOrderView } from "../../own-order"

/** The packing list (포장 명세서) of this maker's parcel: what goes in the box, for whom, from whom. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const view = await ownOrderView(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "maker", fields: ["name", "phone"], filters: { id: sellerOf(req).maker_id } })
  const maker = (data[0] ?? { name: "" }) as { name: string; phone?: string | null }
  res.json({ packing_list: sellerPackingList(view, maker, new Date()) })
}
