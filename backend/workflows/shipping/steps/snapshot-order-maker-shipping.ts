import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { computeMakerShipping, type ShippingLine } from "../../../lib/shipping/per-maker-fee"
import { loadShippingPolicies } from "../load-shipping-policies"

/** order.metadata.maker_shipping: the fee per maker as charged, whatever policies say later. */
export type OrderMakerShipping = {
  groups: {
    maker_id: string | null
    maker_handle: string | null
    maker_name: string | null
    item_subtotal: number
    shipping_fee: number
  }[]
  shipping_total: number
}

export type MakerShippingUndo = { order_id: string; previous_metadata: Record<string, unknown> | null }

type OrderRow = { id: string; metadata: Record<string, unknown> | null; items: (ShippingLine & { id: string })[] }

/**
 * Freezes the 업체별 배송 breakdown of a placed order into its metadata, next to what the cart
 * brought along (checkout details live there too, so the metadata is merged, never replaced).
 * At placement (`overwrite`) it always computes and replaces whatever `maker_shipping` the order
 * carries: that came from the cart, and only the server's numbers may be printed. The later
 * catch-up (workflows/orders) leaves an order that has one alone: it was made here, and fees
 * are frozen as charged. Returns what the compensation needs, or undefined when nothing changed.
 */
export async function snapshotOrderMakerShipping(
  container: MedusaContainer,
  order_id: string,
  { overwrite }: { overwrite: boolean }
): Promise<MakerShippingUndo | undefined> {
  const orders = container.resolve(Modules.ORDER)
  // Like the attribution snapshot: the order module, not Query, sees the new order's line quantities.
  const order = (await orders.retrieveOrder(order_id, {
    relations: ["items"],
    select: ["id", "metadata", "item_total", "items.id", "items.product_id", "items.unit_price", "items.quantity"],
  })) as unknown as OrderRow
  if (!overwrite && order.metadata?.maker_shipping) return undefined

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const policies = await loadShippingPolicies(query, order.items.map((i) => i.product_id))
  const { maker_groups, shipping_total } = computeMakerShipping(order.items, policies)
  // The order module returns lines in no fixed order, so the snapshot lists makers by name (가나다).
  const byName = [...maker_groups].sort((a, b) => (a.maker?.name ?? "\uffff").localeCompare(b.maker?.name ?? "\uffff", "ko"))
  const maker_shipping: OrderMakerShipping = {
    groups: byName.map((g) => ({
      maker_id: g.maker?.id ?? null,
      maker_handle: g.maker?.handle ?? null,
      maker_name: g.maker?.name ?? null,
      item_subtotal: g.item_subtotal,
      shipping_fee: g.shipping_fee,
    })),
    shipping_total,
  }
  await orders.updateOrders(order_id, { metadata: { ...(order.metadata ?? {}), maker_shipping } })
  return { order_id, previous_metadata: order.metadata ?? null }
}

export async function restoreOrderMetadata(container: MedusaContainer, undo: MakerShippingUndo | undefined) {
  if (!undo) return
  const orders = container.resolve(Modules.ORDER)
  await orders.updateOrders(undo.order_id, { metadata: undo.previous_metadata })
}
