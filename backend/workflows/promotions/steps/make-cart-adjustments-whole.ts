import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { wholeWonAdjustments, type AdjustedLine } from "../../../lib/money/whole-won-adjustments"

export const makeCartAdjustmentsWholeStepId = "make-cart-adjustments-whole"

type Line = { id: string; tax_lines?: { rate: number }[] | null; adjustments?: AdjustedLine["adjustments"] | null }
type CartLines = { id: string; items?: Line[] | null; shipping_methods?: Line[] | null }

/** What was changed, and back to what: the compensation's input. */
export type AdjustmentsUndo = {
  cart_id: string
  items: { id: string; item_id: string; amount: number; is_tax_inclusive: boolean }[]
  shipping: { id: string; shipping_method_id: string; amount: number }[]
}

const asLines = (lines: Line[] | null | undefined): AdjustedLine[] =>
  (lines ?? []).map((l) => ({ id: l.id, tax_rates: (l.tax_lines ?? []).map((t) => t.rate), adjustments: l.adjustments ?? [] }))

/** line id of each changed adjustment */
const ownerOf = (lines: Line[] | null | undefined) =>
  new Map((lines ?? []).flatMap((l) => (l.adjustments ?? []).map((a) => [a.id, l.id] as const)))

/**
 * Rewrites the cart's promotion adjustments in whole won (rule: backend/lib/money/
 * whole-won-adjustments.ts, docs/money.md) right after Medusa computed them, before the payment
 * collection takes the cart's total. Returns what it changed, as it was, so it can be undone.
 */
export async function makeCartAdjustmentsWhole(container: MedusaContainer, cart_id: string): Promise<AdjustmentsUndo> {
  const carts = container.resolve(Modules.CART)
  const cart = (await carts.retrieveCart(cart_id, {
    relations: ["items", "items.tax_lines", "items.adjustments", "shipping_methods", "shipping_methods.tax_lines", "shipping_methods.adjustments"],
  })) as unknown as CartLines
  const itemChanges = wholeWonAdjustments(asLines(cart.items))
  const shippingChanges = wholeWonAdjustments(asLines(cart.shipping_methods), { canMarkInclusive: false })
  const itemOf = ownerOf(cart.items)
  const methodOf = ownerOf(cart.shipping_methods)

  if (itemChanges.length) {
    await carts.upsertLineItemAdjustments(
      itemChanges.map((c) => ({ id: c.id, item_id: itemOf.get(c.id)!, amount: c.amount, is_tax_inclusive: c.is_tax_inclusive }))
    )
  }
  if (shippingChanges.length) {
    await carts.upsertShippingMethodAdjustments(
      shippingChanges.map((c) => ({ id: c.id, shipping_method_id: methodOf.get(c.id)!, amount: c.amount }))
    )
  }
  return {
    cart_id,
    items: itemChanges.map((c) => ({ id: c.id, item_id: itemOf.get(c.id)!, ...c.before })),
    shipping: shippingChanges.map((c) => ({ id: c.id, shipping_method_id: methodOf.get(c.id)!, amount: c.before.amount })),
  }
}

/** Puts back the adjustments makeCartAdjustmentsWhole changed, as they were. */
export async function restoreCartAdjustments(container: MedusaContainer, undo: AdjustmentsUndo | undefined) {
  if (!undo) return
  const carts = container.resolve(Modules.CART)
  if (undo.items.length) await carts.upsertLineItemAdjustments(undo.items)
  if (undo.shipping.length) await carts.upsertShippingMethodAdjustments(undo.shipping)
}

/** makeCartAdjustmentsWhole as a step of our own workflows. */
export const makeCartAdjustmentsWholeStep = createStep(
  makeCartAdjustmentsWholeStepId,
  async (input: { cart_id: string }, { container }) => {
    const undo = await makeCartAdjustmentsWhole(container, input.cart_id)
    return new StepResponse(undo, undo)
  },
  async (undo, { container }) => {
    await restoreCartAdjustments(container, undo)
  }
)
