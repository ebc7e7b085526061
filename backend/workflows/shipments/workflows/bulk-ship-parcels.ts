import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShipParcelInput } from "../steps/prepare-parcel-shipment"
import { shipParcelsStep } from "../steps/ship-parcels"

export const bulkShipParcelsWorkflowId = "bulk-ship-parcels"

/** The 송장 CSV upload, after every row was checked: all parcels ship, or none. */
export const bulkShipParcelsWorkflow = createWorkflow(bulkShipParcelsWorkflowId, (input: { parcels: ShipParcelInput[] }) =>
  new WorkflowResponse(shipParcelsStep(input))
)
