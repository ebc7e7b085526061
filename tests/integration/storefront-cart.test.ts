import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { runMedusa } from "./utils/medusa-runner"
import { startStorefront } from "./utils/storefront"
import type { VisitorState } from "../../storefront/lib/shared/visitor"

/** Text as a reader sees it: React splits adjacent text nodes with comments. */
const text = (html: string) => html.replace(/<!-- -->/g, "").replace(/&amp;/g, "&").replace(/&quot;/g, '"')
const won = (amount: number) => `${amount.toLocaleString("ko-KR")}원`

// two products of two different makers, both below the 30,000원 free-shipping threshold
const first = products.find((p) => p.handle === "chammat-namul-3")!
const second = products.find((p) => p.handle === "hamkke-bapsang-chadol-doenjang")!

runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let key: string
  let regionId: string
  const store = () => ({ headers: { "x-publishable-api-key": key } })

  const variantIdOf = async (handle: string) => {
    const { data } = await api.get(`/store/products?handle=${handle}&fields=id,*variants`, store())
    return data.products[0].variants[0].id as string
  }

  /** A cart made through the Store API, then opened by the storefront through its cookie. */
  const cartWith = async (lines: { handle: string; quantity: number }[]) => {
    const { data } = await api.post("/store/carts", { region_id: regionId }, store())
    for (const line of lines) {
      await api.post(
        `/store/carts/${data.cart.id}/line-items`,
        { variant_id: await variantIdOf(line.handle), quantity: line.quantity },
        store()
      )
    }
    return data.cart.id as string
  }

  const getWithCart = async (path: string, cartId: string) => {
    const res = await fetch(storefront.url + path, { headers: { cookie: `_jahwal_cart_id=${cartId}` }, redirect: "manual" })
    return { status: res.status, location: res.headers.get("location"), html: text(await res.text()) }
  }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    storefront = await startStorefront(api.defaults.baseURL as string, key)
  })
  afterAll(async () => {
    await storefront?.stop()
  })

  describe("storefront cart and checkout pages", () => {
    it("an empty cart says so, and the checkout sends an empty cart back to it", async () => {
      const cart = await storefront.get("/cart")
      expect(cart.status).toBe(200)
      expect(text(cart.html)).toContain("장바구니가 비어 있습니다")
      const checkout = await fetch(`${storefront.url}/checkout`, { redirect: "manual" })
      expect([303, 307, 308]).toContain(checkout.status)
      expect(checkout.headers.get("location")).toMatch(/\/cart$/)
    })

    it("groups the cart by maker with each parcel's shipping, the free-shipping hint and the totals", async () => {
      const cartId = await cartWith([
        { handle: first.handle, quantity: 1 },
        { handle: second.handle, quantity: 2 },
      ])
      const { status, html } = await getWithCart("/cart", cartId)
      expect(status).toBe(200)
      expect(html).toContain(first.title)
      expect(html).toContain(second.title)
      expect(html.match(/data-testid="maker-parcel"/g)?.length).toBe(2)

      const a = first.variants[0]!.price
      const b = second.variants[0]!.price * 2
      expect(html).toContain(`${won(30000 - a)} 더 담으면 무료배송`)
      expect(html).toContain(`${won(30000 - b)} 더 담으면 무료배송`)
      expect(html).toMatch(new RegExp(`data-testid="summary-shipping"[^>]*>${won(6000)}<`))
      expect(html).toMatch(new RegExp(`data-testid="summary-total"[^>]*>${won(a + b + 6000)}<`))
      // the header badge counts units: an island that asks /api/visitor with the visitor's cookie
      const visitor = (await (await fetch(`${storefront.url}/api/visitor`, { headers: { cookie: `_jahwal_cart_id=${cartId}` } })).json()) as VisitorState
      expect(visitor.cart?.count).toBe(3)
      expect(visitor.cart?.lines.map((line) => line.title).sort()).toEqual([first.title, second.title].sort())
      expect(visitor.cart?.itemTotal).toBe(won(a + b))
      expect(visitor.signedIn).toBe(false)
    })

    it("waives a maker's shipping once its parcel reaches 30,000원", async () => {
      const cartId = await cartWith([{ handle: first.handle, quantity: 2 }])
      const { html } = await getWithCart("/cart", cartId)
      expect(html).toMatch(/data-testid="parcel-shipping"[^>]*>무료배송</)
      expect(html).not.toContain("더 담으면 무료배송")
      expect(html).toMatch(new RegExp(`data-testid="summary-total"[^>]*>${won(first.variants[0]!.price * 2)}<`))
    })

    it("the checkout has the Korean sections, 무통장입금 and never the system provider", async () => {
      const cartId = await cartWith([{ handle: first.handle, quantity: 1 }])
      const { status, html } = await getWithCart("/checkout", cartId)
      expect(status).toBe(200)
      for (const heading of ["주문자 정보", "배송지", "선물하기", "배송", "결제수단", "주문 확인"]) {
        expect(html).toContain(heading)
      }
      for (const label of ["받는 분 연락처", "우편번호", "기본주소", "상세주소", "배송 요청사항", "선물로 보내기"]) {
        expect(html).toContain(label)
      }
      expect(html).toContain("무통장입금")
      expect(html).toContain("주문 내용을 확인했으며 결제에 동의합니다")
      expect(html).not.toContain("pp_system_default")
      expect(html).toContain(won(first.variants[0]!.price + 3000))
    })

    it("a signed-in customer's checkout opens filled in with their details and default address", async () => {
      const email = "checkout-member@example.kr"
      const password = "secret-1234"
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password })
      const bearer = (token: string) => ({ headers: { ...store().headers, authorization: `Bearer ${token}` } })
      await api.post("/store/customers", { email, first_name: "박회원", last_name: "", phone: "010-2222-3333" }, bearer(reg.token))
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
      await api.post(
        "/store/customers/me/addresses",
        {
          address_name: "우리집",
          first_name: "최수령",
          last_name: "",
          phone: "010-4444-5555",
          postal_code: "04763",
          address_1: "서울특별시 성동구 왕십리로 115",
          address_2: "3층",
          city: "서울특별시",
          country_code: "kr",
          is_default_shipping: true,
        },
        bearer(login.token)
      )
      const cartId = await cartWith([{ handle: first.handle, quantity: 1 }])
      const res = await fetch(`${storefront.url}/checkout`, {
        headers: { cookie: `_jahwal_cart_id=${cartId}; _jahwal_jwt=${login.token}` },
        redirect: "manual",
      })
      expect(res.status).toBe(200)
      const html = text(await res.text())
      const valueOf = (name: string) => html.match(new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`))?.[1]
      expect(valueOf("orderer_name")).toBe("박회원")
      expect(valueOf("email")).toBe(email)
      expect(valueOf("orderer_phone")).toBe("010-2222-3333")
      expect(valueOf("recipient_name")).toBe("최수령")
      expect(valueOf("recipient_phone")).toBe("010-4444-5555")
      expect(valueOf("postal_code")).toBe("04763")
      expect(valueOf("address_1")).toBe("서울특별시 성동구 왕십리로 115")
      expect(html).toContain("저장된 배송지")
      expect(html).toContain("우리집 · 서울특별시 성동구 왕십리로 115")
      expect(html).not.toContain("비회원으로 주문합니다")
    })

    it("a completed or unknown cart cookie is an empty cart, not an error", async () => {
      const { status, html } = await getWithCart("/cart", "cart_does_not_exist")
      expect(status).toBe(200)
      expect(html).toContain("장바구니가 비어 있습니다")
    })
  })
})
