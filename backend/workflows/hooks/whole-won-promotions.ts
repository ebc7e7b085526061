import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow, refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { makeCartAdjustmentsWhole, restoreCartAdjustments, type AdjustmentsUndo } from "../promotions/steps/make-cart-adjustments-whole"

// Medusa recomputes a cart's promotions whenever the cart changes: every item, shipping-method,
// address or customer change runs refreshCartItemsWorkflow (promotions, then the payment
// collection), and a new cart runs them in createCartWorkflow. Each hook below makes the fresh
// adjustments whole won (docs/money.md) — in refreshCartItems before the payment collection takes
// the total. Applying and removing codes goes through our own route and workflow
// (update-cart-promotion-codes). A hook has one handler: these two are ours.
async function wholeWon(cart_id: string, container: MedusaContainer) {
  const undo = await makeCartAdjustmentsWhole(container, cart_id)
  return new StepResponse(undo, undo)
}

async function undoWholeWon(undo: AdjustmentsUndo | undefined, { container }: { container: MedusaContainer }) {
  await restoreCartAdjustments(container, undo)
}

refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection(({ input }, { container }) => wholeWon(input.cart_id, container), undoWholeWon)
createCartWorkflow.hooks.cartCreated(({ cart }, { container }) => wholeWon(cart.id, container), undoWholeWon)
