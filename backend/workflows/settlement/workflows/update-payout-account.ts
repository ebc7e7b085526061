import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PayoutAccount } from "../../../modules/settlement/utils/payout-account"
import { logPayoutAccountChangeStep, type PayoutAccountActor } from "../steps/log-payout-account-change"
import { updatePayoutAccountStep } from "../steps/update-payout-account"

export const updatePayoutAccountWorkflowId = "update-payout-account"

/**
 * Sets a maker's 정산 계좌, by staff or by the maker's owner, and logs the change. Statements
 * already confirmed keep the account they were confirmed with.
 */
export const updatePayoutAccountWorkflow = createWorkflow(
  updatePayoutAccountWorkflowId,
  (input: { maker_id: string; account: PayoutAccount } & PayoutAccountActor) => {
    const previous = updatePayoutAccountStep({ maker_id: input.maker_id, account: input.account })
    const change_id = logPayoutAccountChangeStep(transform({ input, previous }, ({ input, previous }) => ({ ...input, previous })))
    return new WorkflowResponse({ change_id })
  }
)
