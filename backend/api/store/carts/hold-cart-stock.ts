import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CHECKOUT_ERRORS } from "./korean-checkout-errors"

type CartStockRow = {
  completed_at?: string | Date | null
  sales_channel_id?: string | null
  items?: ({
    quantity: number
    variant?: {
      manage_inventory?: boolean | null
      allow_backorder?: boolean | null
      inventory_items?: ({ inventory_item_id: string; required_quantity?: number | null } | null)[] | null
    } | null
  } | null)[] | null
}

/** How long a completion waits for others buying the same stock before it gives up (seconds). */
const WAIT_SECONDS = 30

/**
 * POST /store/carts/:id/complete, one at a time per stock item, and only with the stock there.
 *
 * Medusa's completeCartWorkflow creates the order first and reserves the stock after it, in a
 * parallel group with the links, the cart update and the event. When several carts race for the
 * last units, the losers fail at the reservation and must undo their orders; on a loaded machine
 * Medusa's engine then sometimes leaves them at `waiting_to_compensate` for good (parallel steps
 * finishing at the same instant: "Updating State … is not allowed"), and their orders stay —
 * orders the customers were told failed (seen in CI: 5 orders for 2 sold units).
 *
 * So completions that touch the same inventory items wait for each other (the locking module,
 * keys of our own so Medusa's reservation lock inside the workflow is not the one held), and
 * each checks, while it holds them, that the stock is there: a loser gets the Korean "out of
 * stock" 400 before any order exists, and the workflow only runs when it can succeed. A cart
 * already completed goes straight on (Medusa answers with its order). The lock is held until
 * the answer is sent.
 */
export async function holdCartStock(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "completed_at", "sales_channel_id", "items.quantity", "items.variant.manage_inventory", "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id", "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: req.params.id },
  })
  const cart = data[0] as CartStockRow | undefined
  if (!cart || cart.completed_at) return next()

  const required = new Map<string, number>()
  for (const item of cart.items ?? []) {
    const variant = item?.variant
    if (!item || !variant || variant.manage_inventory === false || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      if (!link) continue
      const units = Number(item.quantity) * Number(link.required_quantity ?? 1)
      required.set(link.inventory_item_id, (required.get(link.inventory_item_id) ?? 0) + units)
    }
  }
  if (!required.size) return next()

  const locationIds = await stockLocationsOf(req, cart.sales_channel_id ?? null)
  const inventory = req.scope.resolve(Modules.INVENTORY)
  const locking = req.scope.resolve(Modules.LOCKING)
  const keys = [...required.keys()].sort().map((id) => `checkout-stock:${id}`)
  let started = false
  try {
    await locking.execute(
      keys,
      async () => {
        started = true
        // a completion of the same cart that went first while this one waited: Medusa answers
        // with that order, whatever the stock is now
        const { data: now } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: req.params.id } })
        const completed = !!(now[0] as CartStockRow | undefined)?.completed_at
        for (const [itemId, units] of completed ? [] : required) {
          const available = locationIds.length ? Number(await inventory.retrieveAvailableQuantity(itemId, locationIds)) : 0
          if (available < units) {
            res.status(400).json({ type: MedusaError.Types.NOT_ALLOWED, message: CHECKOUT_ERRORS.outOfStock })
            return
          }
        }
        await new Promise<void>((resolve) => {
          res.once("finish", resolve)
          res.once("close", resolve)
          next()
        })
      },
      { timeout: WAIT_SECONDS }
    )
  } catch (error) {
    if (started || res.headersSent) {
      if (!res.headersSent) next(error)
      return
    }
    // waited too long behind other buyers of the same items: nothing was started for this cart
    res.status(409).json({ type: "conflict", message: CHECKOUT_ERRORS.busy })
  }
}

async function stockLocationsOf(req: MedusaRequest, salesChannelId: string | null): Promise<string[]> {
  if (!salesChannelId) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } })
  return ((data[0]?.stock_locations ?? []) as ({ id: string } | null)[]).flatMap((l) => (l ? [l.id] : []))
}
