import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderAttributionCanceledStep } from "../steps/mark-order-attribution-canceled"
import { recordOrderCancelRemainderStep } from "../../refunds/steps/record-order-cancel-remainder"

export const markOrderAttributionCanceledWorkflowId = "mark-order-attribution-canceled"

/**
 * A canceled order's rows are dated canceled and whatever was not given back yet becomes
 * `cancel` adjustments, so the maker's figures drop by exactly that (the rows stay: the report
 * shows sold, taken back and net). Whoever canceled (customer, staff, the unpaid-transfer job).
 */
export const markOrderAttributionCanceledWorkflow = createWorkflow(
  markOrderAttributionCanceledWorkflowId,
  (input: { order_id: string }) => {
    markOrderAttributionCanceledStep(input)
    return new WorkflowResponse(recordOrderCancelRemainderStep(input))
  }
)
