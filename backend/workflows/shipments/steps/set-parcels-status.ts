import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHIPMENTS_MODULE } from "../../../modules/shipments"
import type ShipmentsModuleService from "../../../modules/shipments/service"
import type { ConfirmedBy, ParcelEventData, ParcelStatus } from "../../../modules/shipments/types"

export const setParcelsStatusStepId = "set-parcels-status"

export type SetParcelsStatusInput = {
  parcel_ids: string[]
  /** only parcels still in this status change (a parcel confirmed meanwhile stays as it is) */
  from: ParcelStatus
  to: "confirmed" | "canceled"
  at: Date | string
  confirmed_by?: ConfirmedBy
}

type Previous = { id: string; status: ParcelStatus; confirmed_at: Date | null; confirmed_by: ConfirmedBy | null; canceled_at: Date | null }

/**
 * 구매확정 (shipped → confirmed) or cancellation (awaiting → canceled) of parcels; returns the
 * ones it changed, for their events. The compensation puts each back as it was.
 */
export const setParcelsStatusStep = createStep(
  setParcelsStatusStepId,
  async (input: SetParcelsStatusInput, { container }) => {
    const shipments: ShipmentsModuleService = container.resolve(SHIPMENTS_MODULE)
    if (!input.parcel_ids.length) return new StepResponse([] as ParcelEventData[], [] as Previous[])
    const rows = await shipments.listParcels({ id: input.parcel_ids, status: input.from }, { take: null })
    if (!rows.length) return new StepResponse([] as ParcelEventData[], [] as Previous[])
    const at = new Date(input.at)
    await shipments.updateParcels(
      rows.map((p) =>
        input.to === "confirmed"
          ? { id: p.id, status: "confirmed" as const, confirmed_at: at, confirmed_by: input.confirmed_by ?? "staff" }
          : { id: p.id, status: "canceled" as const, canceled_at: at }
      )
    )
    const previous: Previous[] = rows.map((p) => ({
      id: p.id,
      status: p.status as ParcelStatus,
      confirmed_at: p.confirmed_at ? new Date(p.confirmed_at) : null,
      confirmed_by: (p.confirmed_by as ConfirmedBy | null) ?? null,
      canceled_at: p.canceled_at ? new Date(p.canceled_at) : null,
    }))
    return new StepResponse(rows.map((p) => ({ id: p.id, order_id: p.order_id, maker_id: p.maker_id })), previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const shipments: ShipmentsModuleService = container.resolve(SHIPMENTS_MODULE)
    await shipments.updateParcels(previous)
  }
)
