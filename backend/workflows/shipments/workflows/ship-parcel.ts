import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { PARCEL_SHIPPED_EVENT } from "../../../modules/shipments/types"
import { markParcelShippedStep } from "../steps/mark-parcel-shipped"
import { prepareParcelShipmentStep, type ShipParcelInput } from "../steps/prepare-parcel-shipment"

export const shipParcelWorkflowId = "ship-parcel"

/**
 * A seller ships its parcel: Medusa's fulfillment of exactly the parcel's lines, then the
 * shipment with the 송장번호 as its label, then the parcel is marked shipped and
 * `parcel.shipped` is emitted (the 발송 안내 mail listens). Every part is Medusa's own workflow
 * or a compensable step, so a failure anywhere leaves the order as it was.
 */
export const shipParcelWorkflow = createWorkflow(shipParcelWorkflowId, (input: ShipParcelInput) => {
  const prepared = prepareParcelShipmentStep(input)
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ prepared }, ({ prepared }) => ({
      order_id: prepared.order_id,
      items: prepared.items,
      // our own 발송 안내 mail is sent instead of Medusa's
      no_notification: true,
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ prepared, fulfillment }, ({ prepared, fulfillment }) => ({
      order_id: prepared.order_id,
      fulfillment_id: fulfillment.id,
      items: prepared.items,
      labels: prepared.labels,
      no_notification: true,
    })),
  })
  const shipped = markParcelShippedStep(
    transform({ prepared, fulfillment }, ({ prepared, fulfillment }) => ({
      parcel_id: prepared.parcel_id,
      fulfillment_id: fulfillment.id,
      carrier: prepared.carrier,
      tracking_number: prepared.tracking_number,
    }))
  )
  emitEventStep({ eventName: PARCEL_SHIPPED_EVENT, data: shipped })
  return new WorkflowResponse(shipped)
})
