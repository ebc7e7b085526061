import {
  createAndCompleteReturnOrderWorkflow,
  receiveAndCompleteReturnOrderWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAttributionAdjustmentsStep } from "../steps/create-attribution-adjustments"
import { prepareMakerReturnStep, type MakerReturnInput } from "../steps/prepare-maker-return"
import { recordRefundOutcomeStep } from "../steps/record-refund-outcome"
import { takeCanceledUnitsOutOfParcelsStep } from "../../shipments/steps/take-canceled-units-out-of-parcels"

export const createMakerReturnWorkflowId = "create-maker-return"

/**
 * Staff take back lines of an order and refund exactly their share: after shipment a Medusa
 * return (created and received at once), before shipment a line cancel; then the makers'
 * adjustments (and, for a cancel, the units taken out of the maker's parcel), then the refund through the payment provider (Stripe refunds the card; a
 * 무통장입금 refund is recorded and listed as pending for staff to send), last because money
 * that left cannot be compensated — anything failing before it undoes the return and the rows.
 */
export const createMakerReturnWorkflow = createWorkflow(createMakerReturnWorkflowId, (input: MakerReturnInput) => {
  const prepared = prepareMakerReturnStep(input)

  const medusaReturn = when({ prepared }, ({ prepared }) => prepared.kind === "return").then(() => {
    const created = createAndCompleteReturnOrderWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => ({
        order_id: input.order_id,
        items: input.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })),
        // not receive_now: Medusa 2.21 then receives every line of the order in full, not these
        receive_now: false,
        location_id: prepared.location_id ?? undefined,
        // Medusa's return looks its shipping option up by this id (an absent one is "not found")
        ...(prepared.return_option_id ? { return_shipping: { option_id: prepared.return_option_id, price: 0 } } : {}),
        created_by: input.created_by ?? undefined,
        note: input.reason ?? undefined,
      })),
    })
    receiveAndCompleteReturnOrderWorkflow.runAsStep({
      input: transform({ input, created }, ({ input, created }) => ({
        return_id: (created as { id: string }).id,
        items: input.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })),
        created_by: input.created_by ?? undefined,
      })),
    })
    return created
  })

  const adjustment_ids = createAttributionAdjustmentsStep(
    transform({ input, prepared, medusaReturn }, ({ input, prepared, medusaReturn }) => ({
      order_id: input.order_id,
      kind: prepared.kind,
      adjustments: prepared.adjustments,
      reference: (medusaReturn as { id?: string } | undefined)?.id ?? null,
      created_by: input.created_by ?? null,
      reason: input.reason ?? null,
    }))
  )

  // before shipment the canceled units leave the maker's parcel (its list, slip and 발송)
  takeCanceledUnitsOutOfParcelsStep(
    transform({ input, prepared }, ({ input, prepared }) => ({
      order_id: input.order_id,
      items: prepared.kind === "cancel" ? input.items.map((i) => ({ line_item_id: i.line_item_id, quantity: i.quantity })) : [],
    }))
  )

  refundPaymentWorkflow.runAsStep({
    input: transform({ input, prepared }, ({ input, prepared }) => ({
      payment_id: prepared.payment_id,
      amount: prepared.refund_amount,
      created_by: input.created_by ?? undefined,
      note: input.reason ?? undefined,
    })),
  })

  const unreferenced = transform({ prepared, adjustment_ids }, ({ prepared, adjustment_ids }) =>
    prepared.kind === "cancel" ? adjustment_ids : []
  )
  const bank_refunds = recordRefundOutcomeStep(
    transform({ input, prepared, unreferenced }, ({ input, prepared, unreferenced }) => ({
      order_id: input.order_id,
      known_refund_ids: prepared.known_refund_ids,
      adjustment_ids: unreferenced,
      account: prepared.account,
    }))
  )

  return new WorkflowResponse({
    kind: prepared.kind,
    refund_amount: prepared.refund_amount,
    adjustment_ids,
    return_id: transform({ medusaReturn }, ({ medusaReturn }) => (medusaReturn as { id?: string } | undefined)?.id ?? null),
    bank_refunds,
  })
})
