import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { PHONE_ERROR } from "../../storefront/lib/shared/korean-contact"
import { adminHeaders } from "../integration/utils/admin"
import { runMedusa } from "../integration/utils/medusa-runner"
import { startStorefront } from "../integration/utils/storefront"
import { launchChromium } from "./browser"

/** A single-variant product with plenty of stock, cheaper than the free-shipping threshold. */
const product = products.find((p) => p.handle === "chammat-namul-3")!
const price = product.variants[0]!.price
const won = (amount: number) => `${amount.toLocaleString("ko-KR")}원`
/** A 2,000원 off code, made by staff in the admin. */
const PROMO_CODE = "JAHWAL2000"
const PROMO_OFF = 2000
const DEADLINE = /\d{4}년 \d{1,2}월 \d{1,2}일 \([월화수목금토일]\) \d{2}:\d{2}까지/

runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let browser: Browser

  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    await api.post(
      "/admin/promotions",
      {
        code: PROMO_CODE,
        type: "standard",
        status: "active",
        is_tax_inclusive: true,
        application_method: { type: "fixed", target_type: "items", allocation: "across", value: PROMO_OFF, currency_code: "krw" },
      },
      await adminHeaders(api)
    )
    // next start runs in production mode on plain http here: cookies cannot be Secure.
    process.env.JAHWAL_INSECURE_COOKIES = "1"
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
  })

  /** The field labelled exactly so (a required field's label ends with a "*" for sighted users). */
  const field = (page: Page, label: string) =>
    page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\*?$`))
  const fill = async (page: Page, label: string, value: string) => {
    await field(page, label).fill(value)
  }

  describe("guest checkout in a real browser", () => {
    it("adds to cart, sees shipping per maker, orders with 무통장입금 and gets the account and deadline", async () => {
      const page = await browser.newPage({ locale: "ko-KR", viewport: { width: 390, height: 844 } })
      page.setDefaultTimeout(20_000)
      try {
        // product page → 장바구니 담기
        await page.goto(`${storefront.url}/products/${product.handle}`)
        await page.getByRole("heading", { level: 1, name: product.title }).waitFor()
        await page.getByRole("button", { name: "장바구니 담기" }).click()
        await page.getByText("장바구니에 1개를 담았습니다.").waitFor()
        await page.getByRole("link", { name: "장바구니, 상품 1개" }).waitFor()

        // the header's preview lists the line; Escape closes it again
        const preview = page.getByRole("button", { name: "장바구니 미리보기" })
        await preview.click()
        expect(await preview.getAttribute("aria-expanded")).toBe("true")
        await page.locator(`[id="${await preview.getAttribute("aria-controls")}"]`).getByText(product.title).waitFor()
        await page.keyboard.press("Escape")
        expect(await preview.getAttribute("aria-expanded")).toBe("false")

        // cart: one parcel from the product's maker, 3,000원 shipping, the free-shipping hint
        await page.getByRole("link", { name: "장바구니 보기" }).click()
        await page.waitForURL(/\/cart$/)
        const parcel = page.getByTestId("maker-parcel")
        expect(await parcel.count()).toBe(1)
        expect(await parcel.getByRole("link", { name: product.title, exact: true }).count()).toBe(1)
        expect(await parcel.getByTestId("parcel-shipping").textContent()).toBe(won(3000))
        expect(await parcel.getByText(`${won(30000 - price)} 더 담으면 무료배송`).count()).toBe(1)
        expect(await page.getByTestId("summary-total").textContent()).toBe(won(price + 3000))

        // promotion codes: an unknown one is refused in Korean, a real one takes 2,000원 off
        const promo = page.getByLabel("할인 코드", { exact: true })
        await promo.fill("NOSUCHCODE")
        await page.getByRole("button", { name: "적용" }).click()
        await page.getByText('할인 코드 "NOSUCHCODE"를 찾을 수 없습니다. 코드를 다시 확인해 주세요.').waitFor()
        await promo.fill(PROMO_CODE)
        await page.getByRole("button", { name: "적용" }).click()
        await page.getByText(`할인 코드 "${PROMO_CODE}"를 적용했습니다.`).waitFor()
        await page.getByRole("button", { name: `할인 코드 ${PROMO_CODE} 빼기` }).waitFor()
        await page.getByTestId("summary-total").filter({ hasText: won(price - PROMO_OFF + 3000) }).waitFor()

        // checkout
        await page.getByRole("link", { name: "주문하기" }).click()
        await page.waitForURL(/\/checkout$/)
        await page.getByRole("heading", { name: "주문자 정보" }).waitFor()
        expect(await page.getByTestId("summary-total").textContent()).toBe(won(price - PROMO_OFF + 3000))
        await fill(page, "이름", "김자활")

        // a wrong mobile number is caught in Korean as soon as the field is left
        await fill(page, "휴대폰 번호", "010-12")
        await field(page, "휴대폰 번호").press("Tab")
        await page.getByText(PHONE_ERROR).first().waitFor()
        expect(await field(page, "휴대폰 번호").getAttribute("aria-invalid")).toBe("true")
        await fill(page, "휴대폰 번호", "01098765432")
        await field(page, "휴대폰 번호").press("Tab")
        await page.getByText(PHONE_ERROR).waitFor({ state: "detached" })

        await fill(page, "이메일", "guest.buyer@example.kr")
        await fill(page, "받는 분", "박선물")
        await fill(page, "받는 분 연락처", "010-2222-3333")
        await fill(page, "우편번호", "61947")
        await fill(page, "기본주소", "광주광역시 서구 죽봉대로 38번길 25")
        await fill(page, "상세주소", "3층")
        await field(page, "배송 요청사항").selectOption("문 앞에 놓아 주세요.")

        // 선물하기 with a card message
        await page.getByLabel("선물로 보내기").check()
        await fill(page, "보내는 분 이름", "김자활")
        const card = "늘 고마워요. 맛있게 드세요!"
        await fill(page, "카드 메시지", card)
        await page.getByText(`${Array.from(card).length}/200자`).waitFor()

        // 배송 section shows the maker's fee; 무통장입금 is offered (and no system provider)
        const shipping = page.locator("section[aria-labelledby=checkout-shipping]")
        expect(await shipping.getByTestId("parcel-shipping").textContent()).toBe(won(3000))
        await page.getByLabel(/무통장입금/).check()
        expect(await page.getByText("pp_system_default").count()).toBe(0)

        // ordering without the agreement is refused in Korean
        await page.getByRole("button", { name: "주문하기" }).click()
        await page.getByText("주문 내용을 확인하고 결제에 동의해 주세요.").waitFor()
        await page.getByLabel(/주문 내용을 확인했으며 결제에 동의합니다/).check()
        await page.getByRole("button", { name: "주문하기" }).click()

        // confirmation
        // the guest's token is in an httpOnly cookie for this order, not in the address
        await page.waitForURL(/\/order\/confirmed\/order_[^?/]+$/, { timeout: 60_000 })
        await page.getByRole("heading", { name: "주문이 접수되었습니다" }).waitFor()
        const orderNumber = Number(await page.getByTestId("order-number").textContent())
        expect(orderNumber).toBeGreaterThan(0)
        const transfer = page.getByTestId("transfer-instructions")
        const transferText = (await transfer.textContent()) ?? ""
        expect(transferText).toContain("301-0000-0000-00")
        expect(transferText).toContain("농협은행")
        expect(transferText).toContain(won(price - PROMO_OFF + 3000))
        expect(transferText).toMatch(DEADLINE)
        expect(await page.getByText(card).count()).toBe(1)
        expect(await page.getByRole("link", { name: "구매확인서 보기·인쇄" }).getAttribute("href")).toMatch(
          /^\/orders\/order_[^/]+\/certificate$/
        )
        // the cart is emptied once the order is placed: the header's badge goes once the
        // visitor is read again for the new address
        await page.getByTestId("cart-count").waitFor({ state: "detached" })

        // the order exists in the backend with the totals the pages showed
        const orderId = new URL(page.url()).pathname.split("/").pop()!
        const admin = await adminHeaders(api)
        const { data } = await api.get(
          `/admin/orders/${orderId}?fields=id,display_id,email,total,item_total,shipping_total,discount_total`,
          admin
        )
        expect(data.order.display_id).toBe(orderNumber)
        expect(data.order.email).toBe("guest.buyer@example.kr")
        expect(data.order.item_total).toBe(price - PROMO_OFF)
        expect(data.order.shipping_total).toBe(3000)
        expect(data.order.discount_total).toBe(PROMO_OFF)
        expect(data.order.total).toBe(price - PROMO_OFF + 3000)
      } finally {
        await page.close()
      }
    }, 180_000)

    it("바로 구매 opens the checkout; the cart page changes quantities and removes lines", async () => {
      const context = await browser.newContext({ locale: "ko-KR" })
      const page = await context.newPage()
      page.setDefaultTimeout(20_000)
      try {
        await page.goto(`${storefront.url}/products/${product.handle}`)
        await page.getByRole("button", { name: "수량 늘리기" }).click()
        await page.getByRole("button", { name: "바로 구매" }).click()
        await page.waitForURL(/\/checkout$/)
        const shipping = page.locator("section[aria-labelledby=checkout-shipping]")
        await shipping.getByRole("link", { name: product.title, exact: true }).waitFor()
        // two make 30,000원 from one maker: that parcel ships free
        expect(price * 2).toBeGreaterThanOrEqual(30000)
        expect(await page.getByTestId("summary-total").textContent()).toBe(won(price * 2))

        // back in the cart: one less brings the maker's shipping back, 삭제 empties the cart
        await page.goto(`${storefront.url}/cart`)
        await page.getByRole("button", { name: `${product.title} 수량 줄이기` }).click()
        await page.getByTestId("summary-total").filter({ hasText: won(price + 3000) }).waitFor()
        expect(await page.getByTestId("parcel-shipping").textContent()).toBe(won(3000))
        await page.getByRole("link", { name: "장바구니, 상품 1개" }).waitFor()
        await page.getByRole("button", { name: `${product.title} 장바구니에서 빼기` }).click()
        await page.getByText("장바구니가 비어 있습니다").waitFor()
      } finally {
        await context.close()
      }
    }, 60_000)
  })
})
