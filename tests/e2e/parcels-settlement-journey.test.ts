// Issue #12's acceptance journey in Chromium: a guest pays by 무통장입금 → staff confirm the
// transfer → each of two makers sees only its own line in 판매자센터 and ships it with a 송장번호
// → the customer sees two parcels with tracking links and confirms one → the auto-confirm job,
// run with a clock 8 days ahead, confirms the other → the period's statements show both makers,
// and the CSV export parses back to the same numbers as the statements and the order's
// attribution. Medusa runs in this process (its container gives the job a clock); the
// storefront is the production build.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, expect, it } from "vitest"
import { confirmDueParcels } from "../../backend/jobs/auto-confirm-parcels"
import { carrierName, trackingUrl, type CarrierCode } from "../../backend/lib/shipping/carriers"
import { feeOf } from "../../backend/modules/settlement/utils/fees"
import { periodOf, type SettlementCycle } from "../../backend/modules/settlement/utils/periods"
import { products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { localSellerEmail } from "../../seed/steps/seller-accounts"
import { adminHeaders } from "../integration/utils/admin"
import { runMedusa } from "../integration/utils/medusa-runner"
import { startStorefront } from "../integration/utils/storefront"
import { launchChromium } from "./browser"

type Who = "a" | "b"
type Headers = { headers: Record<string, string> }
type Parcel = { id: string; maker_id: string; status: string; shipping_amount: number; confirmed_at: Date | string | null; confirmed_by: string | null }
type Statement = { id: string; maker_id: string; period_code: string; sales_amount: number; shipping_amount: number; fee_amount: number; payout_amount: number }
type Line = { kind: string; order_id: string | null; amount: number }

/** One single-variant product of each of two makers, each under the free-shipping threshold. */
const product = (handle: string) => products.find((p) => p.handle === handle)!
const PRODUCTS = { a: product("chammat-namul-3"), b: product("haengbok-banchan-mitbanchan-4") }
/** What each maker types in 판매자센터. */
const SHIPPING: Record<Who, { carrier: CarrierCode; tracking: string }> = {
  a: { carrier: "cj", tracking: "612345678901" },
  b: { carrier: "hanjin", tracking: "420012345678" },
}
/** A's 판매수수료율 when the order is placed (B keeps the default 0%), so a fee line shows. */
const A_RATE_BP = 1050
const DAY = 24 * 3600_000
/** Each step drives the production storefront on a shared, slow machine: a limit, not a measure. */
const STEP_TIMEOUT = 300_000

runMedusa(__filename, ({ api, getContainer, dbUtils, utils }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let browser: Browser
  /** The guest's browser: its httpOnly cookie opens the order page. */
  let guest: BrowserContext
  let admin: Headers
  const maker = {} as Record<Who, { id: string; handle: string; name: string; settlement_cycle: SettlementCycle }>
  let order: { id: string; display_id: number }

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const won = (amount: number) => `${amount.toLocaleString("ko-KR")}원`
  const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}\\*?$`))

  /**
   * Medusa's runner restores the database before every test; the journey's steps build on each
   * other, so each ends by making its state the one to restore (its background work done first).
   */
  async function keep() {
    await utils.waitWorkflowExecutions()
    await dbUtils.snapshot()
  }

  async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
    for (let i = 0; i < 300; i++) {
      const value = await read()
      if (ok(value)) return value
      await new Promise((r) => setTimeout(r, 200))
    }
    throw new Error(`timed out waiting for ${what}`)
  }

  async function parcels(): Promise<Parcel[]> {
    const { data } = await query().graph({
      entity: "parcel",
      fields: ["id", "maker_id", "status", "shipping_amount", "confirmed_at", "confirmed_by"],
      filters: { order_id: order.id },
    })
    return data as unknown as Parcel[]
  }
  const parcelOf = async (who: Who) => (await parcels()).find((p) => p.maker_id === maker[who].id)!

  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    admin = await adminHeaders(api)
    const { data } = await query().graph({
      entity: "maker",
      fields: ["id", "handle", "name", "settlement_cycle"],
      filters: { handle: [PRODUCTS.a.maker, PRODUCTS.b.maker] },
    })
    for (const row of data as unknown as (typeof maker)[Who][]) maker[row.handle === PRODUCTS.a.maker ? "a" : "b"] = row
    expect((await api.post(`/admin/makers/${maker.a.id}`, { commission_rate_bp: A_RATE_BP }, admin)).status).toBe(200)
    process.env.JAHWAL_INSECURE_COOKIES = "1" // next start on plain http: cookies cannot be Secure
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey)
    browser = await launchChromium()
    guest = await browser.newContext({ locale: "ko-KR", viewport: { width: 390, height: 844 } })
    // seeding the whole catalog on a busy machine can outlast the default hook limit
  }, 900_000)
  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
  })

  async function newPage(context?: BrowserContext) {
    const page = await (context ?? (await browser.newContext({ locale: "ko-KR", viewport: { width: 1280, height: 900 } }))).newPage()
    page.setDefaultTimeout(45_000)
    return page
  }

  it("a guest orders both makers' products with 무통장입금; nothing is paid, so there are no parcels yet", async () => {
    const page = await newPage(guest)
    try {
      for (const [i, p] of [PRODUCTS.a, PRODUCTS.b].entries()) {
        await page.goto(`${storefront.url}/products/${p.handle}`)
        await page.getByRole("heading", { level: 1, name: p.title }).waitFor()
        await page.getByRole("button", { name: "장바구니 담기" }).click()
        await page.getByRole("link", { name: `장바구니, 상품 ${i + 1}개` }).waitFor()
      }
      await page.goto(`${storefront.url}/cart`)
      // one parcel per maker, each with its own fee
      await expect.poll(() => page.getByTestId("maker-parcel").count()).toBe(2)
      await page.getByRole("link", { name: "주문하기" }).click()
      await page.waitForURL(/\/checkout$/)
      await field(page, "이름").fill("김자활")
      await field(page, "휴대폰 번호").fill("01098765432")
      await field(page, "이메일").fill("journey.buyer@example.kr")
      await field(page, "받는 분").fill("박선물")
      await field(page, "받는 분 연락처").fill("010-2222-3333")
      await field(page, "우편번호").fill("61947")
      await field(page, "기본주소").fill("광주광역시 서구 죽봉대로 38번길 25")
      await field(page, "상세주소").fill("3층")
      await page.getByLabel(/무통장입금/).check()
      await page.getByLabel(/주문 내용을 확인했으며 결제에 동의합니다/).check()
      await page.getByRole("button", { name: "주문하기" }).click()
      await page.waitForURL(/\/order\/confirmed\/order_[^?/]+$/, { timeout: 60_000 })
      await page.getByRole("heading", { name: "주문이 접수되었습니다" }).waitFor()
      order = { id: new URL(page.url()).pathname.split("/").pop()!, display_id: Number(await page.getByTestId("order-number").textContent()) }
      const { data } = await query().graph({ entity: "order", fields: ["total"], filters: { id: order.id } })
      expect(await page.getByTestId("transfer-instructions").textContent()).toContain(won(Number((data[0] as { total: number }).total)))
      expect(await parcels()).toEqual([])
    } finally {
      await page.close()
    }
    await keep()
  }, STEP_TIMEOUT)

  it("staff confirm the transfer (the admin's 입금 확인 call); each maker gets a parcel", async () => {
    const { data } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
    const payment = (data[0] as unknown as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0].payments[0]
    expect((await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)).status).toBe(200)
    const made = await until(parcels, (rows) => rows.length === 2, "a parcel per maker")
    expect(made.map((p) => p.status)).toEqual(["awaiting", "awaiting"])
    expect(new Set(made.map((p) => p.maker_id))).toEqual(new Set([maker.a.id, maker.b.id]))
    await keep()
  }, STEP_TIMEOUT)

  it("each maker logs in at /seller/login, sees only its own line and ships it with a carrier and 송장번호", async () => {
    for (const [who, other] of [["a", "b"], ["b", "a"]] as const) {
      const page = await newPage()
      try {
        await page.goto(`${storefront.url}/seller/login`)
        await field(page, "이메일").fill(localSellerEmail(maker[who].handle))
        await field(page, "비밀번호").fill("jahwal1234")
        await page.getByRole("button", { name: "로그인" }).click()
        await page.waitForURL(`${storefront.url}/seller`)
        await page.getByRole("navigation", { name: "판매자센터 메뉴" }).getByRole("link", { name: "주문·배송" }).click()
        await page.waitForURL(/\/seller\/orders$/)
        const card = page.locator(`li[data-order="${order.display_id}"]`)
        await card.getByText(PRODUCTS[who].title, { exact: false }).waitFor()
        // the other maker's line of the same order is not shown anywhere on the page
        expect(await page.locator("main").innerText()).not.toContain(PRODUCTS[other].title)

        const form = card.getByRole("form", { name: `주문 ${order.display_id} 발송 처리` })
        await form.getByLabel("택배사").selectOption(SHIPPING[who].carrier)
        await form.getByLabel("송장번호").fill(SHIPPING[who].tracking)
        await form.getByRole("button", { name: "발송 처리" }).click()
        // shipped: it leaves 발송 대기 and is listed under 발송 완료 with its 송장
        await card.waitFor({ state: "detached" })
        // the list says so, since the card (and its form) are gone
        await page.getByRole("status").filter({ hasText: `주문 #${order.display_id} 발송 처리를 마쳤습니다` }).waitFor()
        await page.getByRole("navigation", { name: "주문 상태" }).getByRole("link", { name: "발송 완료" }).click()
        await page
          .locator(`li[data-order="${order.display_id}"]`)
          .getByText(`${carrierName(SHIPPING[who].carrier)} ${SHIPPING[who].tracking}`)
          .waitFor()
      } finally {
        await page.context().close()
      }
      expect((await parcelOf(who)).status).toBe("shipped")
    }
    await keep()
  }, STEP_TIMEOUT)

  /** The guest's order page: one card per parcel, by maker name. */
  async function orderPage() {
    const page = await newPage(guest)
    await page.goto(`${storefront.url}/orders/${order.id}`)
    const section = page.locator("section[aria-labelledby=order-parcels-title]")
    await section.getByRole("heading", { name: "배송 현황" }).waitFor()
    const card = (who: Who) => section.locator("li[data-parcel]").filter({ has: page.getByRole("heading", { name: maker[who].name, exact: true }) })
    return { page, section, card }
  }

  it("the customer's order page shows two parcels with tracking links; confirming one leaves the other 배송 중", async () => {
    const { page, section, card } = await orderPage()
    try {
      expect(await section.locator("li[data-parcel]").count()).toBe(2)
      for (const who of ["a", "b"] as const) {
        const link = card(who).getByRole("link", { name: `${SHIPPING[who].tracking} 배송 조회` })
        expect(await link.getAttribute("href")).toBe(trackingUrl(SHIPPING[who].carrier, SHIPPING[who].tracking))
        expect(await card(who).getByText(carrierName(SHIPPING[who].carrier)!, { exact: true }).count()).toBe(1)
        expect(await card(who).getByText("배송 중", { exact: true }).count()).toBe(1)
      }
      await card("a").getByRole("form", { name: `${maker.a.name} 상품 구매확정` }).getByRole("button", { name: "구매확정" }).click()
      await card("a").getByText("구매확정", { exact: true }).waitFor()
      expect(await card("a").getByRole("button", { name: "구매확정" }).count()).toBe(0)
      expect(await card("b").getByText("배송 중", { exact: true }).count()).toBe(1)
    } finally {
      await page.close()
    }
    expect(await parcelOf("a")).toMatchObject({ status: "confirmed", confirmed_by: "customer" })
    expect((await parcelOf("b")).status).toBe("shipped")
    await keep()
  }, STEP_TIMEOUT)

  it("the auto-confirm job, run 8 days later, confirms the other parcel; the order page says why", async () => {
    const later = new Date(Date.now() + 8 * DAY)
    const confirmed = await confirmDueParcels(getContainer(), later)
    expect(confirmed.map((p) => p.id)).toEqual([(await parcelOf("b")).id])
    const b = await parcelOf("b")
    expect(b).toMatchObject({ status: "confirmed", confirmed_by: "auto" })
    expect(new Date(b.confirmed_at!).getTime()).toBe(later.getTime())

    const { page, card } = await orderPage()
    try {
      await card("b").getByText("배송 후 7일이 지나 자동으로 구매확정되었습니다.").waitFor()
      expect(await card("b").getByText("구매확정", { exact: true }).count()).toBe(1)
    } finally {
      await page.close()
    }
    await keep()
  }, STEP_TIMEOUT)

  it("staff refresh the period: both makers' statements carry the order's attributed amounts, and the CSV reads back the same", async () => {
    expect((await api.post("/admin/settlements/refresh", {}, admin)).status).toBe(200)
    const { data: rows } = await query().graph({ entity: "line_attribution", fields: ["maker_id", "amount"], filters: { order_id: order.id } })
    const attributed = rows as unknown as { maker_id: string; amount: number }[]
    const { data: orders } = await query().graph({ entity: "order", fields: ["total"], filters: { id: order.id } })
    const final = await parcels()

    let paidToMakers = 0
    for (const who of ["a", "b"] as const) {
      const parcel = final.find((p) => p.maker_id === maker[who].id)!
      // a line counts in the period of its parcel's 구매확정 (A today, B 8 days on: maybe another month)
      const period = periodOf(new Date(parcel.confirmed_at!), maker[who].settlement_cycle)
      const { data: list } = await api.get(`/admin/settlements?period=${period}`, admin)
      const statement = (list.statements as Statement[]).find((s) => s.maker_id === maker[who].id)!
      const sales = attributed.filter((r) => r.maker_id === maker[who].id).reduce((s, r) => s + Number(r.amount), 0)
      const fee = feeOf(sales, who === "a" ? A_RATE_BP : 0)
      expect(sales).toBeGreaterThan(0)
      // 0 - fee, not -fee: B's fee is zero, and the statement's zero is +0
      expect(statement).toMatchObject({ period_code: period, sales_amount: sales, shipping_amount: parcel.shipping_amount, fee_amount: 0 - fee })
      expect(statement.payout_amount).toBe(sales + parcel.shipping_amount - fee)
      paidToMakers += sales + parcel.shipping_amount
      const { data: detail } = await api.get(`/admin/settlements/${statement.id}`, admin)
      expect((detail.lines as Line[]).filter((l) => l.kind === "sale").map((l) => l.order_id)).toEqual([order.id])

      // the period's CSV: this maker's row has the statement's numbers
      const csv = await api.get(`/admin/settlements/export?period=${period}&format=csv`, { ...admin, responseType: "text" })
      const row = (parse(csv.data as string, { bom: true, columns: true }) as Record<string, string>[]).find((r) => r["만든 곳"] === maker[who].name)!
      expect([row["판매금액"], row["배송비"], row["판매수수료"], row["지급액"]].map(Number)).toEqual([
        statement.sales_amount,
        statement.shipping_amount,
        statement.fee_amount,
        statement.payout_amount,
      ])
      // the statement's own CSV: its lines add up to the payout, the sale under this order's number
      const own = await api.get(`/admin/settlements/${statement.id}/export?format=csv`, { ...admin, responseType: "text" })
      const lines = parse(own.data as string, { bom: true, columns: true }) as Record<string, string>[]
      expect(lines.reduce((s, r) => s + Number(r["금액"]), 0)).toBe(statement.payout_amount)
      expect(lines.find((r) => r["구분"] === "판매")!["주문번호"]).toBe(String(order.display_id))
    }
    // every won the guest paid went to one of the two makers (before fees)
    expect(paidToMakers).toBe(Number((orders[0] as { total: number }).total))
  }, STEP_TIMEOUT)
})
