import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { snapshotOrderAttributionStep } from "../../attribution/steps/snapshot-order-attribution"
import { recordCampaignSalesStep } from "../../campaigns/steps/record-campaign-sales"
import { recordOrderCancelRemainderStep } from "../../refunds/steps/record-order-cancel-remainder"
import { snapshotOrderFeeRatesStep } from "../../settlement/steps/snapshot-order-fee-rates"
import { ensureOrderMakerShippingStep } from "../../shipping/steps/ensure-order-maker-shipping"

export const ensureOrderSnapshotsWorkflowId = "ensure-order-snapshots"

/**
 * Gives a placed order the snapshots it lacks — the maker attribution rows, the 판매수수료율 of
 * each attributed line (after them), the 업체별 배송 breakdown, and the 특판전 sales
 * (campaign_sale) — and leaves those it has alone, so it can run any number of times (the
 * order.placed subscriber and the every-10-minutes job both run it). Checkout writes both
 * inside its own workflow; this fills in after a checkout whose snapshot failed. Runs for the
 * same order take turns (a lock per order): two at once (the subscriber and the job, or staff)
 * would both find nothing written and the second would fail on the unique line indexes.
 */
export const ensureOrderSnapshotsWorkflow = createWorkflow(
  ensureOrderSnapshotsWorkflowId,
  (input: { order_id: string }) => {
    const key = transform({ input }, ({ input }) => `ensure-order-snapshots:${input.order_id}`)
    acquireLockStep({ key, timeout: 60, ttl: 120 })
    const attribution_ids = snapshotOrderAttributionStep(input)
    const fee_rate_ids = snapshotOrderFeeRatesStep(input)
    const maker_shipping = ensureOrderMakerShippingStep(input)
    const campaign_sale_ids = recordCampaignSalesStep(input)
    // an order canceled before its rows existed: the subscriber found nothing to take back then
    recordOrderCancelRemainderStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse({ attribution_ids, fee_rate_ids, maker_shipping, campaign_sale_ids })
  }
)
