import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderAttributionCanceledStep } from "../steps/mark-order-attribution-canceled"

export const markOrderAttributionCanceledWorkflowId = "mark-order-attribution-canceled"

/** A canceled order's lines stop counting in the per-maker report (the rows stay, dated). */
export const markOrderAttributionCanceledWorkflow = createWorkflow(
  markOrderAttributionCanceledWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(markOrderAttributionCanceledStep(input))
)
