import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShipParcelInput } from "./prepare-parcel-shipment"
import { shipParcelWorkflow } from "../workflows/ship-parcel"

export const shipParcelsStepId = "ship-parcels"

type Done = { transaction: unknown }[]

// The runs' events (parcel.shipped → 발송 안내 mail, Medusa's fulfillment events) join this
// workflow's event group and are released only when it succeeds; a failed upload mails nobody.
const nestedContext = (eventGroupId: string | undefined) => ({ eventGroupId, preventReleaseEvents: true })

/** Undoes shipped parcels newest first through each run's own compensation (Medusa's way for nested runs). */
async function undo(container: MedusaContainer, done: Done, eventGroupId: string | undefined) {
  for (const run of [...done].reverse()) {
    await shipParcelWorkflow(container).cancel({ transaction: run.transaction as never, container, context: nestedContext(eventGroupId) })
  }
}

/**
 * Ships several parcels as one unit (the CSV upload): each through shipParcelWorkflow in turn;
 * if one fails, those already shipped are undone (fulfillment canceled, shipment reverted,
 * parcel back to 발송 대기) and the error is thrown, so nothing is half-applied. The step's
 * compensation undoes all of them if a later step fails.
 */
export const shipParcelsStep = createStep(
  shipParcelsStepId,
  async (input: { parcels: ShipParcelInput[] }, { container, eventGroupId }) => {
    const done: Done = []
    const shipped: { id: string; order_id: string; maker_id: string }[] = []
    for (const parcel of input.parcels) {
      try {
        const { result, transaction } = await shipParcelWorkflow(container).run({ input: parcel, context: nestedContext(eventGroupId) })
        done.push({ transaction })
        shipped.push(result)
      } catch (error) {
        await undo(container, done, eventGroupId)
        throw error
      }
    }
    return new StepResponse(shipped, { done, eventGroupId })
  },
  async (undoing, { container }) => {
    if (undoing?.done.length) await undo(container, undoing.done, undoing.eventGroupId)
  }
)
