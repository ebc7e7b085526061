import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { beforeAll, describe, expect, it } from "vitest"
import { PHONE_ERROR } from "../../backend/lib/korean/contact"
import { ORDER_ACCESS_TTL_MS, signOrderAccessToken } from "../../backend/lib/security/order-access-token"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { completeCart, prepareCart, type PlacedOrder } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"

const LOOKUP_NOT_FOUND = "주문을 찾을 수 없습니다. 주문번호와 이메일(또는 휴대폰 번호)을 확인해 주세요."

type Notification = { to: string; template: string; channel: string; resource_id: string; data: Record<string, unknown> }

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let store: { headers: Record<string, string> }
  let jaban: string
  let multiMakerSet: string

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const variantId = async (sku: string) => {
    const { data } = await query().graph({ entity: "product_variant", fields: ["id"], filters: { sku } })
    return data[0].id as string
  }
  const orderDetails = { orderer_name: "<b>김주문</b>", orderer_phone: "01098765432", delivery_note: "문 앞에 놓아 주세요\u0007" }
  // the script tag goes with its content (sanitize-html drops what a script holds), so the text ends at "!"
  const gift = { sender_name: "김주문", message: "늘 고맙습니다.\n건강하세요! <script>x</script>" }

  /** A 무통장입금 order of a single-maker item and a gift set split over three makers. */
  async function placeGiftOrder(): Promise<PlacedOrder> {
    return (await placeGiftOrderWithCart()).order
  }
  async function placeGiftOrderWithCart(): Promise<{ order: PlacedOrder; cartId: string }> {
    const cartId = await prepareCart(
      api,
      key,
      regionId,
      [
        { variant_id: jaban, quantity: 2 },
        { variant_id: multiMakerSet, quantity: 1 },
      ],
      BANK_TRANSFER_PROVIDER_ID
    )
    await api.post(`/store/carts/${cartId}/order-details`, { ...orderDetails, gift }, store)
    return { order: await completeCart(api, key, cartId), cartId }
  }

  /** What the storefront does right after completing: collect the token with the cart id. */
  const handOver = (cartId: string) =>
    responseOf<{ order: { id: string; display_id: number }; access_token: string; access_token_expires_at: string; message: string }>(
      api.post(`/store/carts/${cartId}/order-access`, {}, store)
    )
  /** store headers plus the guest's order token (as the storefront's server sends it) */
  const withToken = (token: string) => ({ headers: { ...store.headers, "x-order-token": token } })

  async function waitForNotification(orderId: string, template: string): Promise<Notification> {
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    for (let i = 0; i < 50; i++) {
      const found = (await notifications.listNotifications({ resource_id: orderId, template })) as unknown as Notification[]
      if (found.length) return found[0]
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`no ${template} notification for ${orderId}`)
  }

  let order: PlacedOrder
  let orderCartId: string
  let token: string

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    store = { headers: { "x-publishable-api-key": key } }
    jaban = await variantId("NCG-JABAN-1")
    multiMakerSet = await variantId("DJ-CHAMJOEUN-SET")
    ;({ order, cartId: orderCartId } = await placeGiftOrderWithCart())
    token = (await handOver(orderCartId)).data.access_token
  })

  describe("order details on the cart", () => {
    it("stores plain text, a normalized phone and the gift (prices hidden), merged into cart metadata", async () => {
      const cartId = await prepareCart(api, key, regionId, [{ variant_id: jaban, quantity: 1 }])
      await api.post(`/store/carts/${cartId}`, { metadata: { campaign: "autumn" } }, store)
      const { data } = await api.post(`/store/carts/${cartId}/order-details`, { ...orderDetails, gift }, store)
      expect(data.cart.id).toBe(cartId)
      expect(data.cart.metadata).toMatchObject({
        campaign: "autumn",
        orderer_name: "김주문",
        orderer_phone: "010-9876-5432",
        delivery_note: "문 앞에 놓아 주세요",
        gift: { sender_name: "김주문", message: "늘 고맙습니다.\n건강하세요!", hide_prices: true },
      })

      const { data: plain } = await api.post(`/store/carts/${cartId}/order-details`, { orderer_name: "이주문", orderer_phone: "010 1111 2222", gift: null }, store)
      expect(plain.cart.metadata).toMatchObject({ campaign: "autumn", orderer_name: "이주문", orderer_phone: "010-1111-2222", gift: null })
    })

    it("answers 400 in Korean for a bad phone, a missing name or a too long message", async () => {
      const cartId = await prepareCart(api, key, regionId, [{ variant_id: jaban, quantity: 1 }])
      const post = (body: unknown) => responseOf(api.post(`/store/carts/${cartId}/order-details`, body, store))
      const badPhone = await post({ orderer_name: "김주문", orderer_phone: "02-123-4567" })
      expect(badPhone.status).toBe(400)
      expect(badPhone.data).toMatchObject({ type: "invalid_data", message: PHONE_ERROR })
      expect((await post({ orderer_name: "  ", orderer_phone: "01012345678" })).data.message).toBe("주문자 이름을 입력해 주세요.")
      expect((await post({ orderer_phone: "01012345678" })).data.message).toBe("주문자 이름을 입력해 주세요.")
      const long = await post({ orderer_name: "김주문", orderer_phone: "01012345678", gift: { message: "가".repeat(201) } })
      expect(long.status).toBe(400)
      expect(long.data.message).toBe("선물 메시지는 200자 이내로 입력해 주세요.")
    })

    it("is copied onto the order when the cart completes", async () => {
      const { data } = await query().graph({ entity: "order", fields: ["metadata"], filters: { id: order.id } })
      expect(data[0].metadata).toMatchObject({
        orderer_name: "김주문",
        orderer_phone: "010-9876-5432",
        gift: { sender_name: "김주문", hide_prices: true },
      })
    })
  })

  describe("order lookup", () => {
    let clients = 0
    /** A client address of its own per call site: the storefront's server forwards the visitor's. */
    const freshAddress = () => {
      clients++
      return `198.51.${Math.floor(clients / 250)}.${(clients % 250) + 1}`
    }
    const lookupFrom = (address: string, body: unknown) =>
      responseOf<{ message: string; type: string; order: { id: string }; access_token: string; access_token_expires_at: string }>(
        api.post("/store/order-lookup", body, { headers: { ...store.headers, "x-forwarded-for": address } })
      )
    const lookup = (body: unknown) => lookupFrom(freshAddress(), body)

    it("finds the order by the order email (any case) or the orderer's phone, with a 30-day token", async () => {
      for (const contact of [{ email: "Buyer@Example.kr" }, { phone: "010-9876-5432" }, { phone: "01098765432" }]) {
        const res = await lookup({ order_number: order.display_id, ...contact })
        expect(res.status).toBe(200)
        expect(res.data.order).toMatchObject({ id: order.id, display_id: order.display_id, email: "buyer@example.kr", total: order.total })
        const days = (new Date(res.data.access_token_expires_at).getTime() - Date.now()) / 86_400_000
        expect(days).toBeGreaterThan(29.9)
        expect(days).toBeLessThanOrEqual(30)
        expect((await responseOf(api.get(`/store/orders/${order.id}/details`, withToken(res.data.access_token)))).status).toBe(200)
      }
    })

    it("the recipient's phone (printed on a gift's packing slip) does not open the order", async () => {
      // prepareCart ships to 길동, 010-1234-5678; the orderer is 010-9876-5432
      for (const phone of ["010-1234-5678", "01012345678", "010 1234 5678"]) {
        const res = await lookup({ order_number: order.display_id, phone })
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(LOOKUP_NOT_FOUND)
        expect(res.data).not.toHaveProperty("access_token")
      }
    })

    it("answers the same 404 for a wrong contact and a wrong order number", async () => {
      for (const body of [
        { order_number: order.display_id, email: "someone@example.kr" },
        { order_number: order.display_id, phone: "010-0000-0000" },
        { order_number: order.display_id + 1000, email: "buyer@example.kr" },
      ]) {
        const res = await lookup(body)
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(LOOKUP_NOT_FOUND)
      }
    })

    it("an address with 20 misses gets 429 for every lookup (in Korean); other addresses are unaffected", async () => {
      const sweeper = "203.0.113.20"
      for (let i = 0; i < 20; i++) {
        expect((await lookupFrom(sweeper, { order_number: 50_000 + i, email: `guess${i}@example.kr` })).status).toBe(404)
      }
      const refused = await lookupFrom(sweeper, { order_number: order.display_id, email: "buyer@example.kr" })
      expect(refused.status).toBe(429)
      expect(refused.data).toMatchObject({ type: "too_many_requests" })
      expect(refused.data.message).toContain("조회 시도가 너무 많습니다")
      expect((await lookup({ order_number: order.display_id, email: "buyer@example.kr" })).status).toBe(200)

      // the same test runs on either store: process memory, or Redis when REDIS_URL is set
      const redisUrl = process.env.REDIS_URL
      if (redisUrl) {
        const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
        const database = new URL(String(config.databaseUrl)).pathname.slice(1)
        const redis = new Redis(redisUrl)
        try {
          const redisKey = `jahwal:${database}:order-lookup:address:${sweeper}`
          expect(Number(await redis.get(redisKey))).toBe(20)
          const ttl = await redis.pttl(redisKey)
          expect(ttl).toBeGreaterThan(0)
          expect(ttl).toBeLessThanOrEqual(30 * 60_000)
        } finally {
          redis.disconnect()
        }
      }
    })

    it("a number contested by others' misses refuses the guessers but still opens for the buyer", async () => {
      const target = await placeGiftOrder()
      const guessers = Array.from({ length: 10 }, (_, i) => `203.0.113.${100 + i}`)
      for (const [i, address] of guessers.entries()) {
        expect((await lookupFrom(address, { order_number: target.display_id, email: `guess${i}@example.kr` })).status).toBe(404)
      }
      // a guesser may not go on guessing this number, not even with the right contact
      expect((await lookupFrom(guessers[0], { order_number: target.display_id, email: "buyer@example.kr" })).status).toBe(429)
      // the buyer, from an address that has not missed, still gets in; other orders are not affected
      expect((await lookup({ order_number: target.display_id, email: "buyer@example.kr" })).status).toBe(200)
      expect((await lookup({ order_number: target.display_id, phone: "010-9876-5432" })).status).toBe(200)
      expect((await lookupFrom(guessers[1], { order_number: order.display_id, email: "buyer@example.kr" })).status).toBe(200)
    })

    it("misses on numbers without an order free nothing: a contested number stays closed to its guessers", async () => {
      const target = await placeGiftOrder()
      const guessers = Array.from({ length: 10 }, (_, i) => `203.0.113.${200 + i}`)
      for (const [i, address] of guessers.entries()) {
        expect((await lookupFrom(address, { order_number: target.display_id, email: `guess${i}@example.kr` })).status).toBe(404)
      }
      expect((await lookupFrom(guessers[0], { order_number: target.display_id, email: "buyer@example.kr" })).status).toBe(429)
      // misses on distinct unknown numbers, each from its own address, touch no per-number count
      // (the 10,000-entry flood that freed a number before is covered on the counter itself:
      // tests/integration/rate-limit-store.test.ts)
      for (let start = 0; start < 100; start += 10) {
        const statuses = await Promise.all(
          Array.from({ length: 10 }, (_, k) => start + k).map((i) =>
            lookupFrom(`198.18.0.${i + 1}`, { order_number: 1_000_000 + i, email: "nobody@example.kr" }).then((r) => r.status)
          )
        )
        expect(new Set(statuses)).toEqual(new Set([404]))
      }
      expect((await lookupFrom(guessers[0], { order_number: target.display_id, email: "buyer@example.kr" })).status).toBe(429)
      expect((await lookupFrom(guessers[9], { order_number: target.display_id, email: "guess-again@example.kr" })).status).toBe(429)
      expect((await lookup({ order_number: target.display_id, email: "buyer@example.kr" })).status).toBe(200)
    })

    it("misses on numbers no order has yet lock nothing in advance: the next buyer's page and lookup work", async () => {
      // order numbers are sequential: the one after the latest order is the next buyer's
      const next = (await placeGiftOrder()).display_id + 1
      // others hammer the next numbers from many addresses before anyone has ordered
      for (let i = 0; i < 12; i++) {
        for (const n of [next, next + 1]) {
          expect((await lookupFrom(`192.0.2.${i + 1}`, { order_number: n, email: `early${i}@example.kr` })).status).toBe(404)
        }
      }
      const placed = await placeGiftOrderWithCart()
      expect(placed.order.display_id).toBe(next)
      // the confirmation page's token comes from the checkout itself, not from the lookup
      const handed = await handOver(placed.cartId)
      expect(handed.status).toBe(200)
      expect(handed.data.order).toEqual({ id: placed.order.id, display_id: next })
      expect((await responseOf(api.get(`/store/orders/${placed.order.id}/details`, withToken(handed.data.access_token)))).status).toBe(200)
      // and 주문조회 works for the buyer too (even from an address that guessed other numbers)
      expect((await lookupFrom("192.0.2.1", { order_number: next, email: "buyer@example.kr" })).status).toBe(200)
    })

    it("requires exactly one of email and phone", async () => {
      expect((await lookup({ order_number: order.display_id })).status).toBe(400)
      expect((await lookup({ order_number: order.display_id, email: "buyer@example.kr", phone: "01012345678" })).status).toBe(400)
      expect((await lookup({ order_number: -1, email: "buyer@example.kr" })).status).toBe(400)
    })
  })

  describe("the token from checkout", () => {
    it("is handed only to the holder of the completed cart: the order number or id alone gets nothing", async () => {
      const again = await handOver(orderCartId)
      expect(again.status).toBe(200)
      expect(again.data.order.id).toBe(order.id)

      // an attacker who knows the order number and id (they are in page addresses and on the slip)
      expect((await handOver(order.id)).status).toBe(404)
      expect((await handOver(String(order.display_id))).status).toBe(404)
      expect((await responseOf(api.get(`/store/orders/${order.id}/details`, store))).status).toBe(401)
      // Medusa's own order route would list cart.id, the hand-over's proof: closed to guests
      for (const path of [`/store/orders/${order.id}`, `/store/orders/${order.id}?fields=cart.id`]) {
        const res = await responseOf<{ message: string; order?: unknown }>(api.get(path, store))
        expect(res.status).toBe(401)
        expect(res.data.order).toBeUndefined()
        expect(res.data.message).toMatch(/[가-힣]/)
      }
      // nor a cart that has not become an order
      const open = await prepareCart(api, key, regionId, [{ variant_id: jaban, quantity: 1 }])
      const refused = await handOver(open)
      expect(refused.status).toBe(404)
      expect(refused.data.message).toMatch(/[가-힣]/)
    })

    it("is not handed over an hour after completion (a cart id that surfaces later opens nothing)", async () => {
      const placed = await placeGiftOrderWithCart()
      const carts = getContainer().resolve(Modules.CART)
      await carts.updateCarts(placed.cartId, { completed_at: new Date(Date.now() - 61 * 60_000) })
      expect((await handOver(placed.cartId)).status).toBe(404)
    })
  })

  describe("order pages with the access token", () => {
    const details = (id: string, access?: string) =>
      responseOf<{ order: Record<string, any> }>(api.get(`/store/orders/${id}/details`, access === undefined ? store : withToken(access))) // eslint-disable-line @typescript-eslint/no-explicit-any

    it("shows the order, its gift, the bank account and each line's maker", async () => {
      const res = await details(order.id, token)
      expect(res.status).toBe(200)
      const view = res.data.order
      expect(view).toMatchObject({
        id: order.id,
        display_id: order.display_id,
        email: "buyer@example.kr",
        currency_code: "krw",
        total: order.total,
        orderer_name: "김주문",
        orderer_phone: "010-9876-5432",
        delivery_note: "문 앞에 놓아 주세요",
        gift: { sender_name: "김주문", message: "늘 고맙습니다.\n건강하세요!", hide_prices: true },
        shipping_address: { first_name: "길동", postal_code: "61947", phone: "010-1234-5678" },
        payment: { provider_id: BANK_TRANSFER_PROVIDER_ID, status: "authorized" },
      })
      expect(new Date(view.created_at).toISOString()).toBe(view.created_at)
      expect(view.payment.bank_transfer).toMatchObject({ bank_name: "농협은행", amount: order.total })
      expect(new Date(view.payment.bank_transfer.deadline).getTime()).toBeGreaterThan(Date.now())
      expect(view.items).toHaveLength(2)
      expect(view.items.every((i: { maker: { name: string } | null }) => i.maker?.name)).toBe(true)
      expect(view.item_total + view.shipping_total).toBe(view.total + view.discount_total)
    })

    it("answers 404 for a wrong or another order's token and 401 without one; ?token= in the address opens nothing", async () => {
      expect((await details(order.id, "not-the-token")).status).toBe(404)
      expect((await details(order.id, signOrderAccessToken("order_other", "jahwal-local-dev-secret").token)).status).toBe(404)
      expect((await details("order_does_not_exist", token)).status).toBe(404)
      expect((await details(order.id)).status).toBe(401)
      expect((await responseOf(api.get(`/store/orders/${order.id}/purchase-certificate`, withToken(`x${token}`)))).status).toBe(404)
      // links of before carried the token in the address: it is ignored now
      expect((await responseOf(api.get(`/store/orders/${order.id}/details?token=${token}`, store))).status).toBe(401)
    })

    it("refuses a token older than 30 days", async () => {
      // the backend's own secret, as the backend would have signed them at that time
      const { http } = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
      const secret = String(http.cookieSecret || http.jwtSecret)
      const oldButValid = signOrderAccessToken(order.id, secret, Date.now() - ORDER_ACCESS_TTL_MS + 60_000).token
      expect((await details(order.id, oldButValid)).status).toBe(200)
      const expired = signOrderAccessToken(order.id, secret, Date.now() - ORDER_ACCESS_TTL_MS - 60_000).token
      expect((await details(order.id, expired)).status).toBe(404)
      expect((await responseOf(api.get(`/store/orders/${order.id}/purchase-certificate`, withToken(expired)))).status).toBe(404)
    })

    it("staff revoke an order's tokens; a fresh lookup by the orderer gets a new one", async () => {
      const { order: other, cartId } = await placeGiftOrderWithCart()
      const before = (await handOver(cartId)).data.access_token
      expect((await details(other.id, before)).status).toBe(200)
      const admin = await adminHeaders(api)
      const { data } = await api.post(`/admin/orders/${other.id}/revoke-access`, {}, admin)
      expect(data.order_id).toBe(other.id)
      expect((await details(other.id, before)).status).toBe(404)
      expect((await details(order.id, token)).status).toBe(200) // other orders keep theirs
      const found = await responseOf<{ access_token: string }>(
        api.post("/store/order-lookup", { order_number: other.display_id, email: "buyer@example.kr" }, { headers: { ...store.headers, "x-forwarded-for": "198.51.100.251" } })
      )
      expect(found.status).toBe(200)
      expect((await details(other.id, found.data.access_token)).status).toBe(200)
      // a second revocation ends that one too; guests cannot revoke; unknown orders are a Korean 404
      await api.post(`/admin/orders/${other.id}/revoke-access`, {}, admin)
      expect((await details(other.id, found.data.access_token)).status).toBe(404)
      expect((await responseOf(api.post(`/admin/orders/${other.id}/revoke-access`, {}, store))).status).toBe(401)
      const unknown = await responseOf(api.post("/admin/orders/order_nope/revoke-access", {}, admin))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/[가-힣]/)
    })

    it("lets a logged-in customer see their own orders without a token, never someone else's", async () => {
      const email = "member@example.kr"
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-1234" })
      await api.post("/store/customers", { email, first_name: "회원" }, { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "secret-1234" })
      const member = { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
      const withAuth = (config?: { headers?: Record<string, string> }) => ({ headers: { ...config?.headers, ...member.headers } })
      const memberApi = {
        get: (url: string, config?: unknown) => api.get(url, withAuth(config as { headers?: Record<string, string> })),
        post: (url: string, body?: unknown, config?: unknown) => api.post(url, body, withAuth(config as { headers?: Record<string, string> })),
      }
      const own = await completeCart(memberApi, key, await prepareCart(memberApi, key, regionId, [{ variant_id: jaban, quantity: 1 }]))
      const mine = await responseOf(api.get(`/store/orders/${own.id}/details`, member))
      expect(mine.status).toBe(200)
      expect((await responseOf(api.get(`/store/orders/${own.id}/purchase-certificate`, member))).status).toBe(200)
      expect((await responseOf(api.get(`/store/orders/${order.id}/details`, member))).status).toBe(404)
    })
  })

  describe("구매확인서", () => {
    type Certificate = {
      order_number: number
      buyer: { name: string; email: string; phone: string }
      makers: { name: string; business_registration_number: string | null; items: { title: string; quantity: number; amount: number }[]; item_total: number; shipping_fee: number }[]
      item_total: number
      shipping_total: number
      discount_total: number
      total: number
      operator_note: string
    }

    it("names every maker with its number, and accounts for every won of the total", async () => {
      const { data } = await api.get(`/store/orders/${order.id}/purchase-certificate`, withToken(token))
      const certificate = data.certificate as Certificate
      expect(certificate.order_number).toBe(order.display_id)
      expect(certificate.buyer).toEqual({ name: "김주문", email: "buyer@example.kr", phone: "010-9876-5432" })
      expect(certificate.makers.length).toBe(4)
      for (const maker of certificate.makers) {
        expect(maker.business_registration_number).toMatch(/^\d{3}-\d{2}-\d{5}$/)
        expect(maker.item_total).toBe(maker.items.reduce((s, i) => s + i.amount, 0))
      }
      // the split gift set appears under each of its three component makers, with its share
      const makersPerTitle = new Map<string, number>()
      for (const maker of certificate.makers) for (const item of maker.items) makersPerTitle.set(item.title, (makersPerTitle.get(item.title) ?? 0) + 1)
      expect(Math.max(...makersPerTitle.values())).toBe(3)
      const makerItems = certificate.makers.reduce((s, m) => s + m.item_total, 0)
      expect(makerItems).toBe(order.item_total)
      expect(certificate.item_total).toBe(makerItems)
      expect(makerItems + certificate.shipping_total).toBe(certificate.total)
      expect(certificate.total).toBe(order.total)
      const makerShipping = certificate.makers.reduce((s, m) => s + m.shipping_fee, 0)
      if (makerShipping) expect(makerShipping).toBe(certificate.shipping_total)
      expect(certificate.operator_note).toContain("통신판매중개자")
    })

    it("is the same for staff, and still there with its status after a cancel", async () => {
      const admin = await adminHeaders(api)
      const other = await placeGiftOrder()
      const { data: before } = await api.get(`/admin/orders/${other.id}/purchase-certificate`, admin)
      await api.post(`/admin/orders/${other.id}/cancel`, {}, admin)
      const { data: after } = await api.get(`/admin/orders/${other.id}/purchase-certificate`, admin)
      expect(after.certificate.order_status).toBe("canceled")
      expect(after.certificate.makers).toEqual(before.certificate.makers)
      expect(after.certificate.total).toBe(other.total)
    })
  })

  describe("admin", () => {
    it("packing slip of a gift has the message and no prices; a plain order shows them", async () => {
      const admin = await adminHeaders(api)
      const { data } = await api.get(`/admin/orders/${order.id}/packing-slip`, admin)
      const slip = data.packing_slip
      expect(slip).toMatchObject({
        order_number: order.display_id,
        hide_prices: true,
        delivery_note: "문 앞에 놓아 주세요",
        gift: { sender_name: "김주문", message: "늘 고맙습니다.\n건강하세요!" },
        recipient: { first_name: "길동", phone: "010-1234-5678", postal_code: "61947" },
      })
      expect(slip.items.map((i: { quantity: number }) => i.quantity).sort()).toEqual([1, 2])
      expect(JSON.stringify(slip)).not.toMatch(/unit_price|"total"|item_total|shipping_total/)

      const plain = await completeCart(api, key, await prepareCart(api, key, regionId, [{ variant_id: jaban, quantity: 1 }]))
      const { data: plainSlip } = await api.get(`/admin/orders/${plain.id}/packing-slip`, admin)
      expect(plainSlip.packing_slip).toMatchObject({ hide_prices: false, gift: null, total: plain.total })
      expect(plainSlip.packing_slip.items[0]).toMatchObject({ quantity: 1, unit_price: 3000 })
    })

    it("checkout details carry the payment id that 입금 확인 captures", async () => {
      const admin = await adminHeaders(api)
      const { data } = await api.get(`/admin/orders/${order.id}/checkout-details`, admin)
      expect(data.order.payment).toMatchObject({ provider_id: BANK_TRANSFER_PROVIDER_ID, status: "authorized" })
      expect(data.order.payment.id).toMatch(/^pay_/)
    })
  })

  describe("notifications", () => {
    it("mails the order (with the bank account) when placed and again when the transfer is confirmed", async () => {
      const placed = await waitForNotification(order.id, "order-placed")
      expect(placed).toMatchObject({ to: "buyer@example.kr", channel: "email" })
      expect(placed.data).toMatchObject({ order_number: order.display_id, total: order.total, is_gift: true })
      expect(placed.data.bank_transfer).toMatchObject({ bank_name: "농협은행", amount: order.total })
      expect(String(placed.data.lookup_url)).toMatch(/\/orders\/lookup$/)
      expect((placed.data.items as unknown[]).length).toBe(2)

      const admin = await adminHeaders(api)
      const { data } = await api.get(`/admin/orders/${order.id}/checkout-details`, admin)
      await api.post(`/admin/payments/${data.order.payment.id}/capture`, {}, admin)
      const paid = await waitForNotification(order.id, "payment-confirmed")
      expect(paid.data).toMatchObject({ order_number: order.display_id, payment_status: "captured", bank_transfer: null })

      const { data: after } = await api.get(`/store/orders/${order.id}/details`, withToken(token))
      expect(after.order.payment.status).toBe("captured")
      expect(after.order.payment_status).toBe("captured")
    })
  })
})
