import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_ORDER_FIELDS, sellerOrderView, type ParcelRecord, type SellerOrderRecord, type SellerOrderView } from "../../../lib/shipping/parcel-view"
import { evidenceOfOrders, type PurchaseEvidenceView } from "../../utils/purchase-evidence-view"
import type { SellerRequest } from "../types"

/**
 * The seller's view of each parcel's order (parcels already scoped to the maker by the caller),
 * with the institution's 세금계산서/현금영수증 request: the maker issues its own part of it.
 */
export async function sellerOrderViews(
  req: SellerRequest,
  parcels: ParcelRecord[]
): Promise<(SellerOrderView & { purchase_evidence: PurchaseEvidenceView | null })[]> {
  if (!parcels.length) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: SELLER_ORDER_FIELDS, filters: { id: [...new Set(parcels.map((p) => p.order_id))] } })
  const orders = new Map((data as unknown as SellerOrderRecord[]).map((o) => [o.id, o]))
  const evidence = await evidenceOfOrders(req.scope, [...orders.keys()])
  return parcels.flatMap((parcel) => {
    const order = orders.get(parcel.order_id)
    return order ? [{ ...sellerOrderView(order, parcel), purchase_evidence: evidence.get(order.id) ?? null }] : []
  })
}
