import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHIPMENTS_MODULE } from "../../../modules/shipments"
import type ShipmentsModuleService from "../../../modules/shipments/service"

export const takeCanceledUnitsOutOfParcelsStepId = "take-canceled-units-out-of-parcels"

export type CanceledUnits = { order_id: string; items: { line_item_id: string; quantity: number }[] }

type Undo = { items: { id: string; quantity: number }[]; parcels: { id: string; status: "awaiting"; canceled_at: Date | null }[] }

/**
 * A line canceled by staff before shipment leaves the box: its parcel item keeps only the units
 * still sold, so the maker's list, packing slip and 발송 (the Medusa fulfillment) carry no
 * canceled unit. A parcel left with nothing to send is canceled (settlement then counts nothing
 * of it; the adjustments already gave every won back). Only parcels still waiting to ship are
 * touched: a shipped line comes back as a return, not a cancel. Undo restores the quantities and
 * the status.
 */
export const takeCanceledUnitsOutOfParcelsStep = createStep(
  takeCanceledUnitsOutOfParcelsStepId,
  async (input: CanceledUnits, { container }) => {
    const undo: Undo = { items: [], parcels: [] }
    if (!input.items.length) return new StepResponse(undo, undo)
    const shipments: ShipmentsModuleService = container.resolve(SHIPMENTS_MODULE)
    const parcels = await shipments.listParcels({ order_id: input.order_id, status: "awaiting" }, { relations: ["items"] })
    const canceled = new Map(input.items.map((i) => [i.line_item_id, i.quantity]))
    for (const parcel of parcels) {
      let left = 0
      let changed = false
      for (const item of parcel.items ?? []) {
        const quantity = Number(item.quantity)
        const taken = Math.min(quantity, canceled.get(item.line_item_id) ?? 0)
        left += quantity - taken
        if (!taken) continue
        changed = true
        undo.items.push({ id: item.id, quantity })
        await shipments.updateParcelItems({ id: item.id, quantity: quantity - taken })
      }
      if (changed && left === 0) {
        undo.parcels.push({ id: parcel.id, status: "awaiting", canceled_at: (parcel.canceled_at as Date | null) ?? null })
        await shipments.updateParcels({ id: parcel.id, status: "canceled", canceled_at: new Date() })
      }
    }
    return new StepResponse(undo, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const shipments: ShipmentsModuleService = container.resolve(SHIPMENTS_MODULE)
    for (const parcel of undo.parcels) await shipments.updateParcels(parcel)
    for (const item of undo.items) await shipments.updateParcelItems(item)
  }
)
