import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { campaignPricesOfProducts, isStaleCampaignPrice } from "../../../workflows/campaigns/live-campaign-prices"
import { toAmount } from "../../../lib/money/won"

export const CAMPAIGN_PRICE_CHANGED =
  "특판전이 시작되었거나 끝나 장바구니 상품의 가격이 바뀌었습니다. 바뀐 금액을 확인한 뒤 다시 주문해 주세요."

type CartRow = { id: string; completed_at?: string | null; items?: { id: string; product_id?: string | null; variant_id?: string | null; unit_price: unknown; is_custom_price?: boolean | null }[] | null }

async function linePrices(req: MedusaRequest, id: string): Promise<CartRow | undefined> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "items.id", "items.product_id", "items.variant_id", "items.unit_price", "items.is_custom_price"],
    filters: { id },
  })
  return data[0] as unknown as CartRow | undefined
}

const priceKey = (cart: CartRow | undefined) =>
  (cart?.items ?? []).map((i) => `${i.id}=${toAmount(i.unit_price as number)}`).sort().join(",")

/**
 * Re-prices a cart whose lines no longer match the campaigns (a 특판전 started or ended since
 * they were added). Returns true when a price changed.
 */
async function refreshIfStale(req: MedusaRequest): Promise<boolean> {
  const id = req.params.id
  const cart = await linePrices(req, id)
  if (!cart || cart.completed_at || !cart.items?.length) return false
  const productIds = [...new Set(cart.items.map((i) => i.product_id).filter((p): p is string => !!p))]
  const prices = await campaignPricesOfProducts(req.scope, productIds)
  const now = new Date()
  const stale = cart.items.some(
    (i) => !i.is_custom_price && i.variant_id && isStaleCampaignPrice(toAmount(i.unit_price as number), prices.get(i.variant_id) ?? [], now)
  )
  if (!stale) return false
  await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id: id, force_refresh: true } })
  return priceKey(await linePrices(req, id)) !== priceKey(cart)
}

/** GET /store/carts/:id: a cart is shown at today's campaign prices. */
export async function refreshCartCampaignPrices(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await refreshIfStale(req)
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * POST /store/carts/:id/complete: an order is never placed at a campaign price that is no longer
 * (or not yet) true. The cart is re-priced and the customer asked to confirm the new amount
 * (409); the payment collection follows the new total.
 */
export async function refuseStaleCampaignPrices(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    // answered here: Medusa's error handler would replace a CONFLICT's message with its own English one
    if (await refreshIfStale(req)) return void res.status(409).json({ type: "campaign_price_changed", message: CAMPAIGN_PRICE_CHANGED })
    next()
  } catch (error) {
    next(error)
  }
}
