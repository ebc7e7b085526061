// Promotions that would leave fractions of a won (issue #10.4): a 15% code and a VAT-exclusive
// fixed code, made in the admin, on a cart of odd prices across two makers. The order must
// place, every page that shows it must answer 200 with whole won, and the makers' shares plus
// shipping must add up to the total — because the adjustments are whole by construction
// (docs/money.md), not because a page rounds.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"

// Odd prices (set through the admin below): 15% of them is never whole.
const JABAN = { sku: "NCG-JABAN-1", price: 2_999, quantity: 3 } // 내친구김: 8,997원, ships for 3,000원
const CHEONG = { sku: "MSR-CHEONG-LEMON-500", price: 11_999, quantity: 1 } // 맛사랑: 11,999원, ships for 3,000원
const ITEM_TOTAL = JABAN.price * JABAN.quantity + CHEONG.price * CHEONG.quantity // 20,996원
const SHIPPING_TOTAL = 6_000
const EMAIL = "odd@example.kr"

/** every number anywhere in a response is a whole number */
function expectAllWhole(value: unknown, path = "$"): void {
  if (typeof value === "number") {
    expect(Number.isInteger(value), `${path} = ${value}`).toBe(true)
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => expectAllWhole(v, `${path}[${i}]`))
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) expectAllWhole(v, `${path}.${k}`)
  }
}

type Cart = {
  id: string
  total: number
  item_total: number
  discount_total: number
  shipping_total: number
  items: { id: string; variant_id: string; total: number; discount_total: number; adjustments?: { amount: number }[] }[]
  payment_collection?: { id: string; amount: number }
}

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let admin: { headers: Record<string, string> }
  const variantOf = new Map<string, string>()
  const store = () => ({ headers: { "x-publishable-api-key": key } })
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    const { data } = await query().graph({
      entity: "product_variant",
      fields: ["id", "sku", "product_id"],
      filters: { sku: [JABAN.sku, CHEONG.sku] },
    })
    for (const v of data as { id: string; sku: string; product_id: string }[]) {
      variantOf.set(v.sku, v.id)
      const line = v.sku === JABAN.sku ? JABAN : CHEONG
      await api.post(`/admin/products/${v.product_id}/variants/${v.id}`, { prices: [{ currency_code: "krw", amount: line.price }] }, admin)
    }
    // made in the admin as staff would: a percentage, and a fixed amount left VAT-exclusive
    // (Medusa's default), both on the whole order
    for (const promotion of [
      { code: "PERCENT15", application_method: { type: "percentage", target_type: "order", allocation: "across", value: 15, currency_code: "krw" } },
      { code: "NET2345", is_tax_inclusive: false, application_method: { type: "fixed", target_type: "order", allocation: "across", value: 2_345, currency_code: "krw" } },
    ]) {
      await api.post("/admin/promotions", { type: "standard", status: "active", is_automatic: false, ...promotion }, admin)
    }
  })

  const getCart = async (id: string) =>
    (await api.get(`/store/carts/${id}?fields=*items,*items.adjustments,+items.discount_total,*payment_collection`, store())).data.cart as Cart

  async function newCart() {
    const { data } = await api.post("/store/carts", { region_id: regionId, email: EMAIL }, store())
    const cartId = data.cart.id as string
    for (const line of [JABAN, CHEONG]) {
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantOf.get(line.sku), quantity: line.quantity }, store())
    }
    return cartId
  }

  async function shipTo(cartId: string) {
    await api.post(
      `/store/carts/${cartId}`,
      {
        shipping_address: {
          first_name: "홍길동",
          last_name: "",
          address_1: "광주광역시 서구 죽봉대로 38번길 25",
          city: "광주광역시",
          postal_code: "61947",
          country_code: "kr",
          phone: "010-1234-5678",
        },
      },
      store()
    )
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store())
  }

  async function payByTransfer(cartId: string) {
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: BANK_TRANSFER_PROVIDER_ID }, store())
    return pc.payment_collection as { id: string; amount: number }
  }

  /** the cart is whole won everywhere: lines, adjustments, totals and the amount to pay */
  async function expectWholeCart(cartId: string, discount: number) {
    const cart = await getCart(cartId)
    expectAllWhole(cart.items.map((i) => [i.total, i.discount_total, (i.adjustments ?? []).map((a) => a.amount)]))
    expect(cart.discount_total).toBe(discount)
    expect(cart.item_total).toBe(ITEM_TOTAL - discount)
    expect(cart.items.reduce((s, i) => s + i.discount_total, 0)).toBe(discount)
    return cart
  }

  /** places the order and reads it back through every page that shows it */
  async function placeAndRead(cartId: string, total: number, discount: number) {
    const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
    expect(completed.type).toBe("order")
    const order = completed.order as { id: string; display_id: number; total: number }
    expect(order.total).toBe(total)

    const lookup = await responseOf<{ order: { total: number }; access_token: string }>(
      api.post("/store/order-lookup", { order_number: order.display_id, email: EMAIL }, store())
    )
    expect(lookup.status).toBe(200)
    expect(lookup.data.order.total).toBe(total)
    const token = lookup.data.access_token
    // tokens travel only in the x-order-token header (docs/orders.md)
    const withToken = (t: string) => ({ headers: { ...store().headers, "x-order-token": t } })

    const details = await responseOf<{ order: Record<string, unknown> & { payment: { bank_transfer: { amount: number } } } }>(
      api.get(`/store/orders/${order.id}/details`, withToken(token))
    )
    expect(details.status).toBe(200)
    expectAllWhole(details.data)
    expect(details.data.order).toMatchObject({ item_total: ITEM_TOTAL, shipping_total: SHIPPING_TOTAL, discount_total: discount, total })
    expect(details.data.order.payment.bank_transfer.amount).toBe(total)

    const certificates = [
      await responseOf<{ certificate: Certificate }>(api.get(`/store/orders/${order.id}/purchase-certificate`, withToken(token))),
      await responseOf<{ certificate: Certificate }>(api.get(`/admin/orders/${order.id}/purchase-certificate`, admin)),
    ]
    for (const certificate of certificates) {
      expect(certificate.status).toBe(200)
      expectAllWhole(certificate.data)
      const { makers } = certificate.data.certificate
      expect(makers).toHaveLength(2)
      // every won the buyer pays is some maker's: its goods after the discount, and its parcel
      expect(makers.reduce((s, m) => s + m.item_total + m.shipping_fee, 0)).toBe(total)
      expect(certificate.data.certificate).toMatchObject({ shipping_total: SHIPPING_TOTAL, discount_total: discount, total })
    }

    for (const page of ["packing-slip", "checkout-details"]) {
      const res = await responseOf(api.get(`/admin/orders/${order.id}/${page}`, admin))
      expect(res.status, page).toBe(200)
      expectAllWhole(res.data)
    }

    // what the payment provider holds and what Medusa's admin shows
    const { data: paid } = await query().graph({ entity: "order", fields: ["payment_collections.amount", "payment_collections.payments.amount"], filters: { id: order.id } })
    const collection = (paid[0] as unknown as { payment_collections: { amount: number; payments: { amount: number }[] }[] }).payment_collections[0]
    expect(Number(collection.amount)).toBe(total)
    expect(Number(collection.payments[0].amount)).toBe(total)
    const { data: adminOrder } = await api.get(`/admin/orders/${order.id}?fields=total,discount_total,item_total,*items`, admin)
    expect(adminOrder.order.total).toBe(total)
    expectAllWhole((adminOrder.order.items as { total: number; discount_total: number }[]).map((i) => [i.total, i.discount_total]))
  }

  type Certificate = { makers: { item_total: number; shipping_fee: number }[]; shipping_total: number; discount_total: number; total: number }

  describe("a 15% code on odd prices across two makers", () => {
    it("places the order whole won and every page renders it", async () => {
      const cartId = await newCart()
      const { data } = await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["PERCENT15"] }, store())
      // 15% of 8,997원 and of 11,999원 is 1,349.55원 and 1,799.85원: the code takes 3,149원 (3,149.4 to the won)
      const discount = Math.round(ITEM_TOTAL * 0.15)
      expect(data.cart.discount_total).toBe(discount)
      await expectWholeCart(cartId, discount)

      // shipping, the address and the payment come after the code, and keep it whole
      await shipTo(cartId)
      const cart = await expectWholeCart(cartId, discount)
      const total = ITEM_TOTAL - discount + SHIPPING_TOTAL
      expect(cart.total).toBe(total)
      const collection = await payByTransfer(cartId)
      expect(collection.amount).toBe(total)

      await placeAndRead(cartId, total, discount)
    })
  })

  describe("a VAT-exclusive fixed code applied after the payment was chosen", () => {
    it("takes the amount plus VAT off in whole won, and the amount to pay follows", async () => {
      const cartId = await newCart()
      await shipTo(cartId)
      await payByTransfer(cartId)
      await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["NET2345"] }, store())
      // 2,345원 before VAT is 2,579.5원 with it: 2,580원 to the won
      const discount = Math.round(2_345 * 1.1)
      const cart = await expectWholeCart(cartId, discount)
      const total = ITEM_TOTAL - discount + SHIPPING_TOTAL
      expect(cart.total).toBe(total)
      expect(cart.payment_collection?.amount).toBe(total)
      // Medusa dropped the payment session when the amount changed: choose 무통장입금 again
      await api.post(`/store/payment-collections/${cart.payment_collection!.id}/payment-sessions`, { provider_id: BANK_TRANSFER_PROVIDER_ID }, store())

      await placeAndRead(cartId, total, discount)
    })

    it("stays whole when a line is removed and when the code is taken off", async () => {
      const cartId = await newCart()
      await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["PERCENT15"] }, store())
      const before = await getCart(cartId)
      const cheong = before.items.find((i) => i.variant_id === variantOf.get(CHEONG.sku))!
      await api.delete(`/store/carts/${cartId}/line-items/${cheong.id}`, store())
      const after = await getCart(cartId)
      // 15% of 8,997원 is 1,349.55원: 1,350원 to the won
      expect(after.discount_total).toBe(Math.round(JABAN.price * JABAN.quantity * 0.15))
      expectAllWhole([after.total, after.item_total, after.discount_total, after.items.map((i) => i.total)])

      await api.delete(`/store/carts/${cartId}/promotions`, { ...store(), data: { promo_codes: ["PERCENT15"] } })
      const none = await getCart(cartId)
      expect(none.discount_total).toBe(0)
      expect(none.total).toBe(JABAN.price * JABAN.quantity)
    })
  })
})
