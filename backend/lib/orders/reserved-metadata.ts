/**
 * Server-owned metadata. Medusa copies cart metadata onto the order (and line-item metadata onto
 * the order's items), and our documents read some of those keys back: the 구매확인서 prints
 * `maker_shipping`, the packing slip hides prices on `gift.hide_prices`, lookups match
 * `orderer_phone`. So these keys are written by the server only — by the order-details route
 * (`orderer_*`, `delivery_note`, `gift`) and the order-time snapshots (`maker_shipping`) — and
 * every store write drops them from what the browser sends (api/store/middlewares.ts).
 *
 * Adding a key that our code reads back from cart, order, line-item, customer or address
 * metadata? Add it here, in this one list.
 */
export const RESERVED_METADATA_KEYS: readonly string[] = [
  // order-details route (lib/orders/order-metadata.ts orderDetailsMetadata / readOrderDetails)
  "orderer_name",
  "orderer_phone",
  "delivery_note",
  "gift",
  // order-time shipping snapshot (workflows/shipping/steps/snapshot-order-maker-shipping.ts)
  "maker_shipping",
  // cancels and refunds (lib/orders/bank-refunds.ts): where a 무통장입금 refund goes and its state
  "refund_account",
  "bank_refunds",
]

export const isReservedMetadataKey = (key: string) => RESERVED_METADATA_KEYS.includes(key)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** How deep request bodies are searched for `metadata` (cart → items[] → metadata is 3). */
const MAX_DEPTH = 6

/**
 * Drops the reserved keys from every `metadata` object anywhere in a store request body (cart,
 * its items, addresses, customer), in place; returns the keys dropped. A `metadata` that is null or
 * ends up empty is removed altogether: Medusa merges a non-empty metadata into what is stored, but
 * stores an empty or null one as it is — which would wipe the server's keys from the cart.
 * (A client still removes its own keys the Medusa way, by sending them as "".)
 */
export function stripReservedMetadata(body: unknown, depth = 0): string[] {
  if (depth > MAX_DEPTH || (typeof body !== "object" || body === null)) return []
  if (Array.isArray(body)) return body.flatMap((entry) => stripReservedMetadata(entry, depth + 1))
  const object = body as Record<string, unknown>
  const dropped: string[] = []
  for (const [key, value] of Object.entries(object)) {
    if (key === "metadata") {
      if (value === null) {
        delete object.metadata
        continue
      }
      if (isPlainObject(value)) {
        for (const name of Object.keys(value)) {
          if (isReservedMetadataKey(name)) {
            delete value[name]
            dropped.push(name)
          }
        }
        if (!Object.keys(value).length) delete object.metadata
        continue
      }
    }
    dropped.push(...stripReservedMetadata(value, depth + 1))
  }
  return dropped
}
