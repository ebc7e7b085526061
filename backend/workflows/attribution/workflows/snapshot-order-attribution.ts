import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { snapshotOrderAttributionStep } from "../steps/snapshot-order-attribution"

export const snapshotOrderAttributionWorkflowId = "snapshot-order-attribution"

export const snapshotOrderAttributionWorkflow = createWorkflow(
  snapshotOrderAttributionWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(snapshotOrderAttributionStep(input))
)
