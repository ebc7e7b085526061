import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { limitExcesses, limitMessage } from "../../../modules/campaigns/utils/customer-limits"
import { liveCampaignLimits, unitsBoughtInWindows } from "../../../workflows/campaigns/campaign-limits"

type CartRow = {
  id: string
  email?: string | null
  customer_id?: string | null
  completed_at?: string | null
  items?: { id: string; product_id?: string | null; quantity: unknown }[] | null
}

async function cartOf(req: MedusaRequest): Promise<CartRow | undefined> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "email", "customer_id", "completed_at", "items.id", "items.product_id", "items.quantity"],
    filters: { id: req.params.id },
  })
  return data[0] as unknown as CartRow | undefined
}

async function productOfVariant(req: MedusaRequest, variantId: unknown): Promise<string | undefined> {
  if (typeof variantId !== "string") return undefined
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: variantId } })
  return (data[0] as { product_id?: string } | undefined)?.product_id
}

/** Units per product in the cart once the request is applied (an added line, a new quantity, or as is). */
async function unitsWanted(req: MedusaRequest, cart: CartRow): Promise<Map<string, number>> {
  const units = new Map<string, number>()
  const body = (req.body ?? {}) as { variant_id?: unknown; quantity?: unknown }
  const lineId = req.params.line_id
  for (const item of cart.items ?? []) {
    if (!item.product_id) continue
    const quantity = lineId && item.id === lineId && typeof body.quantity === "number" ? body.quantity : Number(item.quantity)
    units.set(item.product_id, (units.get(item.product_id) ?? 0) + quantity)
  }
  if (!lineId && req.path.replace(/\/$/, "").endsWith("/line-items") && typeof body.quantity === "number") {
    const productId = await productOfVariant(req, body.variant_id)
    if (productId) units.set(productId, (units.get(productId) ?? 0) + body.quantity)
  }
  return units
}

/**
 * 특판전 1인 한도 (per_customer_limit): adding to a cart, changing a quantity and completing are
 * refused in Korean (400, nothing written) when the cart's units of a limited product plus what
 * the same customer (account, or a guest's email) already ordered inside the window exceed it.
 * Before checkout a guest cart has no email yet, so only its own units count until completion.
 */
export async function enforceCampaignLimits(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cart = await cartOf(req)
    if (!cart || cart.completed_at) return next()
    const wanted = await unitsWanted(req, cart)
    const limits = await liveCampaignLimits(req.scope, [...wanted.keys()])
    if (!limits.length) return next()
    const bought = await unitsBoughtInWindows(req.scope, cart, limits)
    const [excess] = limitExcesses(limits, wanted, bought)
    if (excess) return next(new MedusaError(MedusaError.Types.INVALID_DATA, limitMessage(excess)))
    next()
  } catch (error) {
    next(error)
  }
}
