import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BulkShipError, BulkShipRow } from "../../../../lib/shipping/bulk-ship-csv"
import { PARCEL_ERRORS } from "../../../../lib/shipping/parcel-errors"
import { parcelShipmentProblem, type ShipParcelInput } from "../../../../workflows/shipments/steps/prepare-parcel-shipment"

/**
 * Checks every parsed row against the maker's own parcels, the way shipping one would (paid,
 * not canceled, not shipped yet). An order number of another maker reads like an unknown one.
 */
export async function checkBulkShipRows(
  container: MedusaContainer,
  maker_id: string,
  rows: BulkShipRow[]
): Promise<{ parcels: ShipParcelInput[]; errors: BulkShipError[] }> {
  if (!rows.length) return { parcels: [], errors: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { display_id: rows.map((r) => r.order_number) } })
  const orderIdOf = new Map((orders as { id: string; display_id: number }[]).map((o) => [Number(o.display_id), o.id]))
  const { data: parcels } = orders.length
    ? await query.graph({ entity: "parcel", fields: ["id", "order_id", "status"], filters: { maker_id, order_id: [...orderIdOf.values()] } })
    : { data: [] }
  const parcelOf = new Map((parcels as { id: string; order_id: string; status: string }[]).map((p) => [p.order_id, p]))

  const ready: ShipParcelInput[] = []
  const errors: BulkShipError[] = []
  for (const row of rows) {
    const orderId = orderIdOf.get(row.order_number)
    const parcel = orderId ? parcelOf.get(orderId) : undefined
    if (!parcel) {
      errors.push({ row: row.row, message: `주문번호 ${row.order_number}: ${PARCEL_ERRORS.orderNotFound} (결제가 확인된 내 주문만 등록할 수 있습니다)` })
      continue
    }
    const input: ShipParcelInput = { parcel_id: parcel.id, maker_id, carrier: row.carrier, tracking_number: row.tracking_number }
    const checked = await parcelShipmentProblem(container, input)
    if ("error" in checked) errors.push({ row: row.row, message: `주문번호 ${row.order_number}: ${checked.error.message}` })
    else ready.push(input)
  }
  return { parcels: ready, errors }
}
