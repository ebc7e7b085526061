import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_ORDER_FIELDS, sellerOrderView, type ParcelRecord, type SellerOrderRecord, type SellerOrderView } from "../../../lib/shipping/parcel-view"
import type { SellerRequest } from "../types"

/** The seller's view of each parcel's order (parcels already scoped to the maker by the caller). */
export async function sellerOrderViews(req: SellerRequest, parcels: ParcelRecord[]): Promise<SellerOrderView[]> {
  if (!parcels.length) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: SELLER_ORDER_FIELDS, filters: { id: [...new Set(parcels.map((p) => p.order_id))] } })
  const orders = new Map((data as unknown as SellerOrderRecord[]).map((o) => [o.id, o]))
  return parcels.flatMap((parcel) => {
    const order = orders.get(parcel.order_id)
    return order ? [sellerOrderView(order, parcel)] : []
  })
}
