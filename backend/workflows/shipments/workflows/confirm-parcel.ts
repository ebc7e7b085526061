import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PARCEL_CONFIRMED_EVENT, type ConfirmedBy } from "../../../modules/shipments/types"
import { setParcelsStatusStep } from "../steps/set-parcels-status"
import { validateParcelConfirmationStep } from "../steps/validate-parcel-confirmation"

export const confirmParcelWorkflowId = "confirm-parcel"

/** 구매확정 of one shipped parcel by the customer on the order page (or by staff). */
export const confirmParcelWorkflow = createWorkflow(
  confirmParcelWorkflowId,
  (input: { order_id: string; parcel_id: string; confirmed_by: ConfirmedBy }) => {
    const parcelId = validateParcelConfirmationStep(input)
    const confirmed = setParcelsStatusStep(
      transform({ input, parcelId }, ({ input, parcelId }) => ({
        parcel_ids: [parcelId],
        from: "shipped" as const,
        to: "confirmed" as const,
        at: new Date(),
        confirmed_by: input.confirmed_by,
      }))
    )
    emitEventStep({ eventName: PARCEL_CONFIRMED_EVENT, data: confirmed })
    return new WorkflowResponse(confirmed)
  }
)
