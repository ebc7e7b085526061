import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PARCEL_CONFIRMED_EVENT } from "../../../modules/shipments/types"
import { findParcelsDueForConfirmationStep } from "../steps/find-parcels-due-for-confirmation"
import { setParcelsStatusStep } from "../steps/set-parcels-status"

export const autoConfirmParcelsWorkflowId = "auto-confirm-parcels"

/**
 * 자동 구매확정: every parcel shipped `days` (JAHWAL_AUTO_CONFIRM_DAYS, 7) or more days before
 * `now` that the customer has not confirmed is confirmed (`confirmed_by: auto`, at `now`). The
 * job passes the clock; tests pass a later one instead of waiting.
 */
export const autoConfirmParcelsWorkflow = createWorkflow(autoConfirmParcelsWorkflowId, (input: { now: Date | string; days: number }) => {
  const due = findParcelsDueForConfirmationStep(input)
  const confirmed = setParcelsStatusStep(
    transform({ input, due }, ({ input, due }) => ({
      parcel_ids: due,
      from: "shipped" as const,
      to: "confirmed" as const,
      at: input.now,
      confirmed_by: "auto" as const,
    }))
  )
  emitEventStep({ eventName: PARCEL_CONFIRMED_EVENT, data: confirmed })
  return new WorkflowResponse(confirmed)
})
