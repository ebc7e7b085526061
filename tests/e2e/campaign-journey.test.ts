// Issue #13's acceptance journey in Chromium, on the shop `npm start` builds and runs (built
// admin + storefront, embedded PostgreSQL, its own data folder and ports): staff create a 특판전
// for two makers at 20% off in the admin and publish it → the landing page shows both makers'
// products with 정가 struck through and the 특판가 → a guest buys one → the admin's 실적 shows
// the sale under the right maker.
import type pg from "pg"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { products } from "../../seed/data/products"
import { adminCredentials } from "../../seed/steps/admin-user"
import { startJourneyShop, type JourneyShop } from "./journey-shop"

/** Two makers none of whose products are in the seed's campaigns (a live one would overlap). */
const MAKERS = [
  { handle: "chammat", name: "참맛" },
  { handle: "kkomirote", name: "꼬미로떼" },
] as const
const PERCENT = 20
const HANDLE = "journey-two-makers-sale"
const TITLE = "여정 두 곳 특판전"
/** The guest buys this single-variant product of the first maker. */
const BOUGHT = products.find((p) => p.handle === "chammat-namul-3")!
const won = (amount: number) => `${amount.toLocaleString("ko-KR")}원`
/** 20% off, rounded down to the won (docs/campaigns.md). */
const salePrice = (regular: number) => Math.floor((regular * (100 - PERCENT)) / 100)
/** The cheapest variant's price, as the landing page shows a product. */
const regularOf = (p: (typeof products)[number]) => Math.min(...p.variants.map((v) => v.price))
/** A datetime-local value in Korean time. */
const kst = (at: Date) => new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 16)
const STEP_TIMEOUT = 300_000

describe("특판전 journey (issue #13) in Chromium", () => {
  let journey: JourneyShop | undefined
  let db: pg.Client
  let backend: string
  let storefront: string
  let campaignId: string

  beforeAll(async () => {
    journey = await startJourneyShop("campaign-journey")
    ;({ backend, storefront, db } = journey)
  }, 1_800_000)

  afterAll(async () => {
    await journey?.stop()
  }, 120_000)

  const newPage = () => journey!.newPage()

  async function adminLogin(page: Page) {
    const { email, password } = adminCredentials({ JAHWAL_LOCAL_SHOP: "1" })
    await page.goto(`${backend}/app/login`)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.locator('button[type="submit"]').click()
    await page.getByRole("navigation").first().getByRole("link", { name: "주문" }).waitFor()
  }

  const makerProducts = (handle: string) => products.filter((p) => p.maker === handle && p.variants.length > 0)

  it("staff create the campaign in the admin, add every product of two makers at 20% and publish it", async () => {
    const page = await newPage()
    try {
      await adminLogin(page)
      await page.getByRole("navigation").first().getByRole("link", { name: "특판전" }).click()
      await page.getByRole("button", { name: "특판전 만들기" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.locator("#cmp-title").fill(TITLE)
      await drawer.locator("#cmp-handle").fill(HANDLE)
      await drawer.locator("#cmp-host").fill("서울광역자활센터")
      // live from a few minutes ago for a day (Korean time, as staff type it)
      await drawer.locator("#cmp-starts").fill(kst(new Date(Date.now() - 10 * 60_000)))
      await drawer.locator("#cmp-ends").fill(kst(new Date(Date.now() + 24 * 3600_000)))
      await drawer.getByRole("button", { name: "작성 중으로 저장" }).click()
      await page.waitForURL(/\/app\/sale-campaigns\/cmp_[A-Z0-9]+$/)
      campaignId = page.url().split("/").pop()!
      await page.getByRole("heading", { level: 1, name: TITLE }).waitFor()

      // every product of both makers, found with the server-side picker; each row at 20% off
      for (const maker of MAKERS) {
        for (const p of makerProducts(maker.handle)) {
          await page.locator("#cmp-product-picker").fill(p.title)
          await page.getByRole("option", { name: p.title }).first().click()
          const value = page.getByRole("spinbutton", { name: `${p.title} 할인 값` })
          await value.fill(String(PERCENT))
          expect(await page.getByRole("combobox", { name: `${p.title} 할인 방식` }).innerText()).toContain("할인율")
        }
      }
      await page.getByRole("button", { name: "상품 저장" }).click()
      await page.getByText("상품을 저장했습니다.").waitFor()
      await page.getByRole("button", { name: "공개", exact: true }).click()
      await page.getByText("공개했습니다. 기간이 되면 특판가가 적용됩니다.").waitFor()
      // the preview (read again) lists every variant of both makers at 정가 and 특판가
      await page.reload()
      await page.getByRole("heading", { name: "가격 미리 보기" }).waitFor()
      for (const maker of MAKERS) {
        for (const p of makerProducts(maker.handle)) {
          for (const v of p.variants) {
            await page.getByRole("row").filter({ hasText: `${p.title} (` }).filter({ hasText: won(salePrice(v.price)) }).first().waitFor()
          }
        }
      }
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- the admin page ---\n${(await page.locator("body").innerText()).slice(0, 4000)}`)
    } finally {
      await page.context().close()
    }
    const { rows } = await db.query("select status from sale_campaign where id = $1", [campaignId])
    expect(rows[0].status).toBe("published")
  }, STEP_TIMEOUT)

  it("the landing page shows both makers' products with 정가 struck through and the 특판가", async () => {
    const page = await newPage()
    try {
      await page.goto(`${storefront}/campaigns/${HANDLE}`)
      await page.getByRole("heading", { level: 1, name: TITLE }).waitFor()
      for (const maker of MAKERS) {
        const section = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: maker.name, exact: true }) })
        for (const p of makerProducts(maker.handle)) {
          const card = section.locator(`a[href="/products/${p.handle}"]`)
          await card.waitFor()
          expect(await card.locator("del").innerText()).toContain(won(regularOf(p)))
          expect(await card.locator("strong").innerText()).toContain(won(salePrice(regularOf(p))))
        }
      }
    } finally {
      await page.context().close()
    }
  }, STEP_TIMEOUT)

  let orderId: string
  it("a guest buys one of the first maker's products at the 특판가", async () => {
    const page = await newPage()
    const field = (label: string) => page.getByLabel(new RegExp(`^${label}\\*?$`))
    try {
      await page.goto(`${storefront}/products/${BOUGHT.handle}`)
      await page.getByRole("heading", { level: 1, name: BOUGHT.title }).waitFor()
      await page.getByRole("button", { name: "장바구니 담기" }).click()
      await page.getByRole("link", { name: "장바구니, 상품 1개" }).waitFor()
      await page.goto(`${storefront}/cart`)
      await page.getByRole("link", { name: "주문하기" }).click()
      await page.waitForURL(/\/checkout$/)
      await field("이름").fill("김특판")
      await field("휴대폰 번호").fill("01098765432")
      await field("이메일").fill("campaign.buyer@example.kr")
      await field("받는 분").fill("김특판")
      await field("받는 분 연락처").fill("010-2222-3333")
      await field("우편번호").fill("04524")
      await field("기본주소").fill("서울특별시 중구 세종대로 110")
      await page.getByLabel(/무통장입금/).check()
      await page.getByLabel(/주문 내용을 확인했으며 결제에 동의합니다/).check()
      await page.getByRole("button", { name: "주문하기" }).click()
      await page.waitForURL(/\/order\/confirmed\/order_[^?/]+$/, { timeout: 60_000 })
      orderId = new URL(page.url()).pathname.split("/").pop()!
    } finally {
      await page.context().close()
    }
    const { rows } = await db.query("select li.unit_price from order_line_item li join order_item oi on oi.item_id = li.id where oi.order_id = $1", [orderId])
    expect(rows.map((r) => Number(r.unit_price))).toEqual([salePrice(BOUGHT.variants[0]!.price)])
  }, STEP_TIMEOUT)

  it("the campaign's 실적 shows the sale under the first maker, nothing under the second", async () => {
    const page = await newPage()
    const sale = salePrice(BOUGHT.variants[0]!.price)
    try {
      await adminLogin(page)
      // the sale is recorded by the order.placed subscriber: reload until it shows, do not time it
      // a row of the per-maker 실적 table: the maker's name and a count of orders ("1건")
      const resultRow = (name: string) =>
        page.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) }).filter({ has: page.getByRole("cell", { name: /^\d+건$/ }) })
      const row = resultRow(MAKERS[0].name)
      for (let i = 0; i < 30; i++) {
        await page.goto(`${backend}/app/sale-campaigns/${campaignId}`)
        await page.getByRole("heading", { name: "실적" }).waitFor()
        await page.getByRole("row").filter({ hasText: "합계" }).waitFor()
        if (await row.count()) break
        await new Promise((r) => setTimeout(r, 1000))
      }
      const cells = await row.first().getByRole("cell").allInnerTexts()
      expect(cells).toEqual([MAKERS[0].name, "1건", "1개", won(sale), won(BOUGHT.variants[0]!.price - sale)])
      expect(await resultRow(MAKERS[1].name).count()).toBe(0)
      // the product table names the bought product with its maker
      const productRow = page.getByRole("row").filter({ has: page.getByRole("cell", { name: BOUGHT.title, exact: true }) }).filter({ has: page.getByRole("cell", { name: /^\d+개$/ }) })
      expect(await productRow.getByRole("cell").allInnerTexts()).toEqual([BOUGHT.title, MAKERS[0].name, "1개", won(sale), won(BOUGHT.variants[0]!.price - sale)])
    } finally {
      await page.context().close()
    }
  }, STEP_TIMEOUT)
})
