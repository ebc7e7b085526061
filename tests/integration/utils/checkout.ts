type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
}

export type OrderLine = { variant_id: string; quantity: number }

/**
 * Fills a cart the way the storefront does, through the Store API: items, address, shipping,
 * the built-in payment provider. Returns its id, ready to complete.
 */
export async function prepareCart(
  api: Api,
  publishableKey: string,
  regionId: string,
  lines: OrderLine[],
  providerId = "pp_system_default"
) {
  const headers = { headers: { "x-publishable-api-key": publishableKey } }
  const { data: created } = await api.post("/store/carts", { region_id: regionId, email: "buyer@example.kr" }, headers)
  const cartId = created.cart.id
  for (const line of lines) await api.post(`/store/carts/${cartId}/line-items`, line, headers)
  await api.post(
    `/store/carts/${cartId}`,
    {
      shipping_address: {
        first_name: "길동",
        last_name: "홍",
        address_1: "광주광역시 서구 죽봉대로 38번길 25",
        city: "광주광역시",
        postal_code: "61947",
        country_code: "kr",
        phone: "010-1234-5678",
      },
    },
    headers
  )
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, headers)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    headers
  )
  return cartId as string
}

export type PlacedOrder = { id: string; display_id: number; item_total: number; total: number; items: { id: string; total: number; unit_price: number; quantity: number }[] }

export async function completeCart(api: Api, publishableKey: string, cartId: string): Promise<PlacedOrder> {
  const headers = { headers: { "x-publishable-api-key": publishableKey } }
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
  if (completed.type !== "order") throw new Error(`cart did not complete: ${JSON.stringify(completed).slice(0, 500)}`)
  return completed.order
}

/** prepareCart + completeCart: an order placed through the Store API. */
export async function placeOrder(api: Api, publishableKey: string, regionId: string, lines: OrderLine[]) {
  return completeCart(api, publishableKey, await prepareCart(api, publishableKey, regionId, lines))
}
