import { acquireLockStep, refreshPaymentCollectionForCartWorkflow, releaseLockStep, updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import type { PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { makeCartAdjustmentsWholeStep } from "../steps/make-cart-adjustments-whole"

export const updateCartPromotionCodesWorkflowId = "update-cart-promotion-codes"

export type UpdateCartPromotionCodesInput = { cart_id: string; promo_codes: string[]; action: PromotionActions }

/**
 * Medusa's updateCartPromotionsWorkflow, then the adjustments made whole won, and only then the
 * payment collection refreshed, so the amount to pay is the whole-won total. Behind the Store
 * API's POST/DELETE /store/carts/:id/promotions (our route replaces Medusa's handler there).
 */
export const updateCartPromotionCodesWorkflow = createWorkflow(updateCartPromotionCodesWorkflowId, (input: UpdateCartPromotionCodesInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
  updateCartPromotionsWorkflow.runAsStep({
    input: {
      cart_id: input.cart_id,
      promo_codes: input.promo_codes,
      action: input.action,
      force_refresh_payment_collection: false,
    },
  })
  makeCartAdjustmentsWholeStep({ cart_id: input.cart_id })
  refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(undefined)
})
