import { NextResponse } from "next/server"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import type { VisitorState } from "@/lib/shared/visitor"
import { formatWon } from "@/lib/util/money"

/**
 * GET /api/visitor — the header's per-visitor part, from the visitor's own cookies (cart id and
 * the httpOnly login token never leave the server). Never cached anywhere.
 */
export async function GET() {
  const [cart, customer] = await Promise.all([
    retrieveCart().catch(() => undefined),
    retrieveCustomer().catch(() => null),
  ])
  const lines = cart?.items ?? []
  const state: VisitorState = {
    cart:
      cart === undefined
        ? null
        : {
            count: lines.reduce((sum, line) => sum + line.quantity, 0),
            itemTotal: formatWon(cart?.original_item_total ?? 0),
            lines: lines.map((line) => ({
              id: line.id,
              title: line.product_title ?? line.title,
              quantity: line.quantity,
              amount: formatWon(line.original_total ?? line.unit_price * line.quantity),
            })),
          },
    signedIn: customer !== null,
  }
  return NextResponse.json(state, { headers: { "Cache-Control": "private, no-store" } })
}
