import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { bankTransferOptionsFromEnv } from "../../backend/modules/bank-transfer/options"
import { seedAll } from "../../seed/seed-all"
import { WELCOME_PROMOTION } from "../../seed/steps/promotions"
import { site } from "../../storefront/lib/site"
import { completeCart, prepareCart, type PlacedOrder } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"
import { startStorefront } from "./utils/storefront"
import type { VisitorState } from "../../storefront/lib/shared/visitor"

/** Text as a reader sees it: React splits adjacent text nodes with comments. */
const text = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
const won = (amount: number) => `${amount.toLocaleString("ko-KR")}원`

/** A <label for=x> and its <input id=x> exist for the given label text. */
function labelledInput(html: string, label: string): boolean {
  const match = new RegExp(`<label[^>]*for="([^"]+)"[^>]*>${label}`).exec(html)
  return !!match && html.includes(`id="${match[1]}"`)
}

type Certificate = {
  order_number: number
  makers: { name: string; business_registration_number: string | null; items: { title: string; quantity: number; amount: number }[]; item_total: number; shipping_fee: number }[]
  item_total: number
  shipping_total: number
  discount_total: number
  total: number
}

runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let key: string
  let regionId: string
  let store: { headers: Record<string, string> }
  let guestOrder: PlacedOrder
  let token: string

  /** the guest's cookie for an order, as the checkout or 주문조회 sets it */
  const orderCookie = (orderId: string, value: string) => `_jahwal_order_${orderId}=${value}`
  const page = async (path: string, cookie?: string) => {
    const res = await fetch(storefront.url + path, { headers: cookie ? { cookie } : {}, redirect: "manual" })
    const html = await res.text()
    return { status: res.status, location: res.headers.get("location"), html, page: text(html) }
  }
  const variantId = async (sku: string) => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { sku } })
    return data[0].id as string
  }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    store = { headers: { "x-publishable-api-key": key } }
    // one maker's item and a gift set split over several makers: several sections on the certificate
    const cartId = await prepareCart(
      api,
      key,
      regionId,
      [
        { variant_id: await variantId("NCG-JABAN-1"), quantity: 2 },
        { variant_id: await variantId("DJ-CHAMJOEUN-SET"), quantity: 1 },
      ],
      BANK_TRANSFER_PROVIDER_ID
    )
    // the seed's welcome code: the certificate then shows 상품 금액 − 할인 + 배송비 = 총 결제금액
    await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [WELCOME_PROMOTION.code] }, store)
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: BANK_TRANSFER_PROVIDER_ID }, store)
    await api.post(
      `/store/carts/${cartId}/order-details`,
      {
        orderer_name: "김주문",
        orderer_phone: "010-9876-5432",
        delivery_note: "문 앞에 놓아 주세요",
        gift: { sender_name: "김주문", message: "늘 고맙습니다." },
      },
      store
    )
    guestOrder = await completeCart(api, key, cartId)
    // the token the checkout collects for the buyer (kept by the storefront in the order's cookie)
    const { data } = await api.post(`/store/carts/${cartId}/order-access`, {}, store)
    token = data.access_token
    storefront = await startStorefront(api.defaults.baseURL as string, key)
  })
  afterAll(async () => {
    await storefront?.stop()
  })

  describe("guest order lookup and order page", () => {
    it("/orders/lookup renders a labelled form for 주문번호 and 이메일 또는 휴대폰 번호", async () => {
      const { status, html, page: shown } = await page("/orders/lookup")
      expect(status).toBe(200)
      expect(shown).toContain("주문조회")
      expect(labelledInput(html, "주문번호")).toBe(true)
      expect(labelledInput(html, "이메일 또는 휴대폰 번호")).toBe(true)
      expect(shown).toContain("주문 조회하기")
    })

    it("/orders/{id} with the order's cookie shows the number, 입금 대기 with the account and deadline, items by maker and the delivery", async () => {
      const { status, page: shown } = await page(`/orders/${guestOrder.id}`, orderCookie(guestOrder.id, token))
      expect(status).toBe(200)
      expect(shown).toContain(`주문번호 ${guestOrder.display_id}`)
      expect(shown).toContain("입금 대기")
      const bank = bankTransferOptionsFromEnv()
      expect(shown).toContain(bank.account_number)
      expect(shown).toContain(bank.bank_name)
      expect(shown).toContain("입금 기한")
      expect(shown).toContain(won(guestOrder.total))
      expect(shown).toContain("총 결제금액")
      expect(shown).toContain(`-${won(WELCOME_PROMOTION.amount)}`)
      expect(shown).toContain("배송비")
      expect(shown).toContain("문 앞에 놓아 주세요")
      expect(shown).toContain("늘 고맙습니다.")
      expect(shown).toContain("(61947) 광주광역시 서구 죽봉대로 38번길 25")
      expect(shown).toContain(`/orders/${guestOrder.id}/certificate`)
      expect(shown).not.toContain("token")
      // each line at its price before the code
      for (const item of guestOrder.items) expect(shown).toContain(won(item.unit_price * item.quantity))
    })

    it("a wrong, foreign or missing token is a friendly Korean 404 that does not show the order", async () => {
      for (const [path, cookie] of [
        [`/orders/${guestOrder.id}`, orderCookie(guestOrder.id, `x${token}`)],
        [`/orders/${guestOrder.id}`, undefined],
        [`/orders/order_nope`, orderCookie("order_nope", token)],
        [`/orders/${guestOrder.id}`, orderCookie("order_nope", token)],
        [`/orders/${guestOrder.id}/certificate`, orderCookie(guestOrder.id, "bad")],
        [`/orders/${guestOrder.id}/certificate`, undefined],
      ] as const) {
        const { status, page: shown } = await page(path, cookie)
        expect(status, path).toBe(404)
        expect(shown).toContain("주문을 찾을 수 없습니다")
        expect(shown).not.toContain(`주문번호 ${guestOrder.display_id}`)
      }
    })

    it("an old link with ?token= in the address is harmless: it drops the token and opens nothing by itself", async () => {
      for (const path of [`/orders/${guestOrder.id}`, `/orders/${guestOrder.id}/certificate`, `/order/confirmed/${guestOrder.id}`]) {
        const { status, location } = await page(`${path}?token=${encodeURIComponent(token)}`)
        expect(status, path).toBeGreaterThanOrEqual(300)
        expect(status, path).toBeLessThan(400)
        expect(new URL(location!, storefront.url).pathname).toBe(path)
        expect(location).not.toContain("token")
      }
    })
  })

  describe("구매확인서", () => {
    it("lists every maker with its 사업자등록번호, items, amounts in won, and the totals", async () => {
      const { data } = await api.get(`/store/orders/${guestOrder.id}/purchase-certificate`, { headers: { ...store.headers, "x-order-token": token } })
      const certificate = data.certificate as Certificate
      expect(certificate.makers.length).toBeGreaterThan(1)

      const { status, page: shown } = await page(`/orders/${guestOrder.id}/certificate`, orderCookie(guestOrder.id, token))
      expect(status).toBe(200)
      expect(shown).toContain("구매확인서")
      expect(shown).toContain("발행일")
      expect(shown).toContain("주문일")
      expect(shown).toContain("구매자")
      expect(shown).toContain("김주문")
      expect(shown).toContain(String(guestOrder.display_id))
      expect(shown).toContain("입금 대기")
      for (const maker of certificate.makers) {
        expect(shown).toContain(maker.name)
        expect(maker.business_registration_number).toMatch(/^\d{3}-\d{2}-\d{5}$/)
        expect(shown).toContain(maker.business_registration_number!)
        expect(shown).toContain(won(maker.item_total))
        for (const item of maker.items) expect(shown).toContain(won(item.amount))
      }
      // 상품 금액 (before the code) − 할인 + 배송비 = 총 결제금액, in the 합계 table
      expect(certificate.discount_total).toBe(WELCOME_PROMOTION.amount)
      const totals = shown.slice(shown.indexOf('id="cert-total"'))
      expect(totals).toMatch(new RegExp(`상품 금액</th><td[^>]*>${won(certificate.item_total + certificate.discount_total)}`))
      expect(totals).toMatch(new RegExp(`할인</th><td[^>]*>-${won(WELCOME_PROMOTION.amount)}`))
      expect(totals).toMatch(new RegExp(`배송비</th><td[^>]*>${won(certificate.shipping_total)}`))
      expect(certificate.item_total + certificate.shipping_total).toBe(certificate.total)
      expect(totals).toMatch(new RegExp(`총 결제금액</th><td[^>]*>${won(certificate.total)}`))
      expect(certificate.total).toBe(guestOrder.total)
      // the platform and the sellers, for 사회적경제기업 구매실적 reporting
      expect(shown).toContain(site.operator.businessRegistrationNumber)
      expect(shown).toContain(site.operator.mailOrderRegistrationNumber)
      expect(shown).toContain("구매실적")
      expect(shown).toContain("인쇄하기")
      expect(shown).toContain("@media print")
      expect(shown).toContain("size: A4")
    })
  })

  describe("customer accounts", () => {
    it("/account and its pages send a logged-out visitor to the login page and back", async () => {
      for (const path of ["/account", "/account/orders", "/account/addresses"]) {
        const res = await page(path)
        expect(res.status, path).toBeGreaterThanOrEqual(300)
        expect(res.status, path).toBeLessThan(400)
        expect(res.location).toContain(`/account/login?next=${encodeURIComponent(path)}`)
      }
    })

    it("/account/login and /account/register render labelled forms", async () => {
      const login = await page("/account/login")
      expect(login.status).toBe(200)
      for (const label of ["이메일", "비밀번호"]) expect(labelledInput(login.html, label)).toBe(true)
      expect(login.page).toContain("회원가입")

      const register = await page("/account/register")
      expect(register.status).toBe(200)
      for (const label of ["이메일", "비밀번호", "비밀번호 확인", "이름", "휴대폰 번호"]) {
        expect(labelledInput(register.html, label), label).toBe(true)
      }
      expect(register.html).toMatch(/<input[^>]*id="field-agree"[^>]*type="checkbox"/)
      expect(register.page).toContain("8자 이상")
      expect(register.html).toContain('aria-describedby="field-password-hint"')
    })

    it("a signed-in customer sees 내 정보, saved addresses, order history and their order without a token", async () => {
      const email = "account-page@example.kr"
      const password = "secret-1234"
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post(
        "/store/customers",
        { email, first_name: "박회원", last_name: "", phone: "010-2222-3333" },
        { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } }
      )
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
      const member = { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
      await api.post(
        "/store/customers/me/addresses",
        {
          address_name: "우리집",
          first_name: "박회원",
          last_name: "",
          phone: "010-2222-3333",
          postal_code: "04763",
          address_1: "서울특별시 성동구 왕십리로 115",
          address_2: "3층",
          city: "서울특별시",
          country_code: "kr",
          is_default_shipping: true,
        },
        member
      )
      // a guest cart handed over to the customer (what logging in does with the cart cookie), then placed
      const cartId = await prepareCart(api, key, regionId, [{ variant_id: await variantId("NCG-JABAN-1"), quantity: 1 }], BANK_TRANSFER_PROVIDER_ID)
      await api.post(`/store/carts/${cartId}/customer`, {}, member)
      const own = await completeCart(api, key, cartId)
      const cookie = `_jahwal_jwt=${login.token}`

      const overview = await page("/account", cookie)
      expect(overview.status).toBe(200)
      expect(overview.page).toContain("내 정보")
      expect(overview.page).toContain("박회원")
      expect(overview.page).toContain(email)
      expect(overview.page).toContain("우리집")
      expect(overview.page).toContain("(04763) 서울특별시 성동구 왕십리로 115 3층")
      // the header's 내 계정 link is an island that asks /api/visitor with the same cookie
      const visitor = async (headers: Record<string, string>) => ((await (await fetch(`${storefront.url}/api/visitor`, { headers })).json()) as VisitorState).signedIn
      expect(await visitor({ cookie })).toBe(true)
      expect(await visitor({})).toBe(false)
      expect(overview.html).toContain(`href="/account/orders/${own.id}"`)

      const orders = await page("/account/orders", cookie)
      expect(orders.status).toBe(200)
      expect(orders.page).toContain("전체 1건")
      expect(orders.page).toContain(`>${own.display_id}</a>`)
      expect(orders.page).toContain("입금 대기")
      expect(orders.page).toContain(won(own.total))
      expect(orders.page).not.toContain(`>${guestOrder.display_id}</a>`)

      const detail = await page(`/account/orders/${own.id}`, cookie)
      expect(detail.status).toBe(200)
      expect(detail.page).toContain(`주문번호 ${own.display_id}`)
      expect(detail.page).toContain("입금 대기")
      // someone else's order is not found, even when signed in
      expect((await page(`/account/orders/${guestOrder.id}`, cookie)).status).toBe(404)
      // the certificate opens with the login alone
      const certificate = await page(`/orders/${own.id}/certificate`, cookie)
      expect(certificate.status).toBe(200)
      expect(certificate.page).toContain(won(own.total))

      const addresses = await page("/account/addresses", cookie)
      expect(addresses.page).toContain("기본 배송지")
      expect(addresses.page).toContain("우리집")
      expect(addresses.html).toMatch(/href="\/account\/addresses\/[^"]+\/edit"/)

      // a logged-in visitor on /account/login goes on to the account
      const loginPage = await page("/account/login", cookie)
      expect(loginPage.status).toBeGreaterThanOrEqual(300)
      expect(loginPage.location).toContain("/account")
    })

    it("a logged-out header offers 로그인 and 주문조회", async () => {
      const { page: shown, html } = await page("/orders/lookup")
      expect(html).toContain('href="/account/login"')
      expect(html).toContain('href="/orders/lookup"')
      expect(shown).toContain("로그인")
    })
  })
})
