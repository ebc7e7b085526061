import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PARCEL_FIELDS, storeParcelView, type ParcelRecord } from "../../../../../lib/shipping/parcel-view"

/** Each maker's parcel of the order (caller checked access), makers by name (가나다). */
export async function orderParcelViews(scope: MedusaContainer, orderId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "parcel", fields: PARCEL_FIELDS, filters: { order_id: orderId } })
  const parcels = data as unknown as ParcelRecord[]
  const makerIds = [...new Set(parcels.map((p) => p.maker_id))]
  const { data: makers } = makerIds.length
    ? await query.graph({ entity: "maker", fields: ["id", "name", "handle"], filters: { id: makerIds } })
    : { data: [] }
  const makerOf = new Map((makers as { id: string; name: string; handle: string }[]).map((m) => [m.id, m]))
  return parcels
    .map((p) => storeParcelView(p, makerOf.get(p.maker_id)))
    .sort((a, b) => (a.maker?.name ?? "\uffff").localeCompare(b.maker?.name ?? "\uffff", "ko"))
}
