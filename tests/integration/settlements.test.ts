// 정산 (#12 points 5 and 7) through HTTP: a paid order of two makers, one parcel shipped and
// confirmed (구매확정) → that maker's statement (sale, shipping, fee at the order-time rate), the
// other maker nothing; CSV and XLSX that read back to the same numbers; confirm locks (later
// money lands in the next period as an adjustment); pay; the payout account and its log; the
// seller's own statements only.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { SHIPMENTS_MODULE } from "../../backend/modules/shipments"
import type ShipmentsModuleService from "../../backend/modules/shipments/service"
import { feeOf } from "../../backend/modules/settlement/utils/fees"
import { periodOf } from "../../backend/modules/settlement/utils/periods"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { completeCart, prepareCart } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }
type Line = { id: string; kind: string; order_id: string | null; order_display_id: number | null; product_title: string | null; amount: number; rate_bp: number | null; label: string }
type Statement = {
  id: string; maker_id: string; period_code: string; status: string; sales_amount: number; shipping_amount: number; refund_amount: number
  adjustment_amount: number; fee_amount: number; carry_over_amount: number; net_sales_amount: number; balance_amount: number; payout_amount: number
  payout_account: { bank: string | null; account_number: string | null; holder: string | null }; paid_on: string | null; transfer_reference: string | null
}
type ListAnswer = { period: string; statements: Statement[]; totals: Record<string, number>; periods: { code: string }[] }

const DAY = 24 * 3600_000

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let admin: Headers
  const seller = {} as Record<"a" | "b", Headers>
  const maker = {} as Record<"a" | "b", { id: string; name: string; shipping_base_fee: number }>
  const variant = {} as Record<"a" | "b", string>
  let order: { id: string; display_id: number; token: string; itemsOf: Record<"a" | "b", { id: string; total: number }[]> }
  /** A's statement of the month its parcel was (moved to be) confirmed in */
  let statement: Statement
  let lines: Line[]
  const confirmedAt = new Date(Date.now() - 40 * DAY)
  const code = periodOf(confirmedAt, "monthly")

  const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  async function until(check: () => Promise<boolean>, what: string) {
    for (let i = 0; i < 200; i++) {
      if (await check()) return
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`timed out waiting for ${what}`)
  }

  async function parcelsOf(orderId: string) {
    const { data } = await query().graph({ entity: "parcel", fields: ["id", "maker_id", "status", "shipping_amount"], filters: { order_id: orderId } })
    return data as unknown as { id: string; maker_id: string; status: string; shipping_amount: number }[]
  }

  /** A paid 무통장입금 order: staff capture the payment, the parcels appear. */
  async function paidOrder(lines: { variant_id: string; quantity: number }[]) {
    const cartId = await prepareCart(api, key, regionId, lines, BANK_TRANSFER_PROVIDER_ID)
    await api.post(`/store/carts/${cartId}`, { email: "buyer@example.kr" }, store())
    const placed = await completeCart(api, key, cartId).catch((e: { response?: { data: unknown } }) => {
      throw new Error(`checkout: ${JSON.stringify(e.response?.data)}`)
    })
    const { data } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: placed.id } })
    const payment = (data[0] as unknown as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0].payments[0]
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
    const makers = new Set(lines.map((l) => (l.variant_id === variant.a ? "a" : "b")))
    await until(async () => (await parcelsOf(placed.id)).length === makers.size, "parcels of the paid order")
    const { data: lookup } = await api.post("/store/order-lookup", { order_number: placed.display_id, email: "buyer@example.kr" }, store())
    return { placed, token: lookup.access_token as string }
  }

  /**
   * The parcel is on its way (shipping is the shipments module's own test: here it is set
   * directly), the customer confirms it through the order page's route, and the test moves the
   * confirmation back in time.
   */
  async function shipAndConfirm(who: "a" | "b", orderId: string, token: string, at: Date) {
    const shipments: ShipmentsModuleService = getContainer().resolve(SHIPMENTS_MODULE)
    const parcel = (await parcelsOf(orderId)).find((p) => p.maker_id === maker[who].id)!
    await shipments.updateParcels({ id: parcel.id, status: "shipped", shipped_at: new Date(), carrier: "cj", tracking_number: "123456789012" })
    const confirmed = await responseOf(api.post(`/store/orders/${orderId}/parcels/${parcel.id}/confirm`, {}, store({ "x-order-token": token })))
    expect(confirmed.status, JSON.stringify(confirmed.data)).toBe(200)
    // a month that has ended, so its statement can be confirmed (the clock of the test is "now")
    await shipments.updateParcels({ id: parcel.id, confirmed_at: at })
    return parcel
  }

  const refresh = () => api.post("/admin/settlements/refresh", {}, admin)
  const list = async (period = code) => (await api.get(`/admin/settlements?period=${period}`, admin)).data as ListAnswer
  const one = async (id: string) => (await api.get(`/admin/settlements/${id}`, admin)).data as { statement: Statement; lines: Line[] }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    const { data: variants } = await query().graph({
      entity: "product_variant",
      fields: ["id", "sku", "product.maker.id", "product.maker.name", "product.maker.shipping_base_fee"],
      filters: { sku: ["NCG-JABAN-1", "MSR-CHEONG-LEMON-500"] },
    })
    for (const v of variants as unknown as { id: string; sku: string; product: { maker: (typeof maker)["a"] } }[]) {
      const who = v.sku === "NCG-JABAN-1" ? "a" : "b"
      variant[who] = v.id
      maker[who] = v.product.maker
    }
    for (const who of ["a", "b"] as const) {
      await createSellerAccount(getContainer(), { maker_id: maker[who].id, email: `settle-${who}@example.kr`, role: "owner" })
      seller[who] = await sellerHeaders(api, `settle-${who}@example.kr`, "jahwal1234")
    }
    // 10.5% for A when the order is placed; changed to 20% afterwards, which must not reach the order
    expect((await api.post(`/admin/makers/${maker.a.id}`, { commission_rate_bp: 1050 }, admin)).status).toBe(200)
    const { placed, token } = await paidOrder([{ variant_id: variant.a, quantity: 3 }, { variant_id: variant.b, quantity: 1 }])
    await api.post(`/admin/makers/${maker.a.id}`, { commission_rate_bp: 2000 }, admin)
    const { data: items } = await query().graph({ entity: "line_attribution", fields: ["line_item_id", "maker_id", "amount"], filters: { order_id: placed.id } })
    const rows = items as unknown as { line_item_id: string; maker_id: string; amount: number }[]
    order = {
      id: placed.id, display_id: placed.display_id, token,
      itemsOf: {
        a: rows.filter((r) => r.maker_id === maker.a.id).map((r) => ({ id: r.line_item_id, total: Number(r.amount) })),
        b: rows.filter((r) => r.maker_id === maker.b.id).map((r) => ({ id: r.line_item_id, total: Number(r.amount) })),
      },
    }
    await shipAndConfirm("a", order.id, token, confirmedAt)
    await refresh()
    const answer = await list()
    statement = answer.statements.find((s) => s.maker_id === maker.a.id)!
    lines = (await one(statement.id)).lines
  }, 900_000) // two checkouts and a seed: minutes on a loaded machine

  describe("a statement from a confirmed parcel", () => {
    it("has A's sale after discounts, its parcel's shipping and the fee at the order-time rate; B (not confirmed) has nothing", async () => {
      const sales = order.itemsOf.a.reduce((s, i) => s + i.total, 0)
      const shipping = (await parcelsOf(order.id)).find((p) => p.maker_id === maker.a.id)!.shipping_amount
      expect(statement).toMatchObject({ period_code: code, status: "draft", sales_amount: sales, shipping_amount: shipping, fee_amount: -feeOf(sales, 1050) })
      expect(statement.payout_amount).toBe(sales + shipping - feeOf(sales, 1050))
      expect(lines.map((l) => l.kind).sort()).toEqual([...(shipping ? ["shipping"] : []), "fee", "sale"].sort())
      expect(lines.find((l) => l.kind === "sale")).toMatchObject({ order_id: order.id, order_display_id: order.display_id, rate_bp: 1050 })
      expect((await list()).statements.some((s) => s.maker_id === maker.b.id)).toBe(false)
    })

    it("answers a Korean 400 for a malformed period and a Korean 404 for an unknown statement", async () => {
      const bad = await responseOf(api.get("/admin/settlements?period=2026-13", admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/정산 기간/)
      const missing = await responseOf(api.get("/admin/settlements/sstm_nope", admin))
      expect(missing.status).toBe(404)
      expect(missing.data.message).toMatch(/명세서/)
    })
  })

  describe("files", () => {
    it("exports the statement as CSV (UTF-8 with BOM) that parses back to the same numbers", async () => {
      // bytes, not text: axios would drop the BOM while decoding
      const res = await api.get(`/admin/settlements/${statement.id}/export?format=csv`, { ...admin, responseType: "arraybuffer" })
      expect(res.headers["content-type"]).toMatch(/text\/csv; charset=utf-8/)
      expect(res.headers["content-disposition"]).toMatch(/attachment/)
      const bytes = Buffer.from(res.data as ArrayBuffer)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = bytes.toString("utf8")
      const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[]
      expect(rows.map((r) => Number(r["금액"]))).toEqual(lines.map((l) => l.amount))
      expect(rows.reduce((s, r) => s + Number(r["금액"]), 0)).toBe(statement.payout_amount)
      expect(rows.find((r) => r["구분"] === "판매")!["주문번호"]).toBe(String(order.display_id))
    })

    it("exports the period (all makers with totals) as CSV and XLSX that read back the same", async () => {
      const csv = await api.get(`/admin/settlements/export?period=${code}&format=csv`, { ...admin, responseType: "text" })
      const rows = parse(csv.data as string, { bom: true, columns: true }) as Record<string, string>[]
      const row = rows.find((r) => r["만든 곳"] === maker.a.name)!
      expect(Number(row["지급액"])).toBe(statement.payout_amount)
      expect(Number(row["판매수수료"])).toBe(statement.fee_amount)

      const xlsx = await api.get(`/admin/settlements/export?period=${code}&format=xlsx`, { ...admin, responseType: "arraybuffer" })
      expect(xlsx.headers["content-type"]).toMatch(/spreadsheetml/)
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(xlsx.data as ArrayBuffer)
      const sheet = book.worksheets[0]
      const header = (sheet.getRow(1).values as unknown[]).map(String)
      const payoutColumn = header.indexOf("지급액")
      const makerRow = sheet.getSheetValues().find((r) => Array.isArray(r) && r[1] === maker.a.name) as unknown[]
      expect(makerRow[payoutColumn]).toBe(statement.payout_amount)
    })
  })

  describe("payout account", () => {
    it("the maker's owner and staff set it; every change is logged with a masked number", async () => {
      const mine = await api.post("/seller/payout-account", { bank: "농협은행", account_number: "301-1234-5678-91", holder: "내친구김" }, seller.a)
      expect(mine.data.payout_account).toEqual({ bank: "농협은행", account_number: "301-1234-5678-91", holder: "내친구김" })
      const bad = await responseOf(api.post("/seller/payout-account", { bank: "농협은행", account_number: "12-34", holder: "x" }, seller.a))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/계좌번호/)
      const staff = await api.post(`/admin/makers/${maker.a.id}/payout-account`, { bank: "국민은행", account_number: "123456-01-234567", holder: "내친구김 협동조합" }, admin)
      expect(staff.data.changes.map((c: { actor_type: string }) => c.actor_type)).toEqual(["user", "seller"])
      expect(staff.data.changes[0]).toMatchObject({ old: { bank: "농협은행", account_number: "***-****-**78-91" }, new: { bank: "국민은행", account_number: "******-**-**4567" } })
      const stored = JSON.stringify(staff.data.changes)
      expect(stored).not.toContain("301-1234-5678-91")
    })
  })

  describe("confirm and pay", () => {
    // the runner restores the database before every test: this one walks the whole life of a statement
    it("confirm locks with the account of that moment, later money lands in the next period as an adjustment, pay records the transfer", async () => {
      await api.post(`/admin/makers/${maker.a.id}/payout-account`, { bank: "국민은행", account_number: "123456-01-234567", holder: "내친구김 협동조합" }, admin)
      const early = await responseOf(api.post(`/admin/settlements/${statement.id}/pay`, { paid_on: "2026-12-01", reference: "이체-1" }, admin))
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/확정된 명세서만/)

      const confirmed = (await api.post(`/admin/settlements/${statement.id}/confirm`, {}, admin)).data as { statement: Statement; lines: Line[] }
      expect(confirmed.statement.status).toBe("confirmed")
      expect(confirmed.statement.payout_account).toEqual({ bank: "국민은행", account_number: "123456-01-234567", holder: "내친구김 협동조합" })
      // the maker's members read it masked (the 대표 sees the whole number at /seller/payout-account)
      const ownView = (await api.get(`/seller/settlements/${statement.id}`, seller.a)).data as { statement: Statement }
      expect(ownView.statement.payout_account).toEqual({ bank: "국민은행", account_number: "******-**-**4567", holder: "내친구김 협동조합" })
      const ownList = (await api.get("/seller/settlements", seller.a)).data as { statements: Statement[] }
      expect(ownList.statements.find((s) => s.id === statement.id)?.payout_account.account_number).toBe("******-**-**4567")
      expect(confirmed.statement.payout_amount).toBe(statement.payout_amount)
      const again = await responseOf(api.post(`/admin/settlements/${statement.id}/confirm`, {}, admin))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/작성 중인 명세서만/)
      // a later change of account does not reach the confirmed statement
      await api.post(`/admin/makers/${maker.a.id}/payout-account`, { bank: "신한은행", account_number: "110-123-456789", holder: "내친구김" }, admin)

      // a parcel confirmed "in" the locked month (as if recorded late) cannot go there any more
      const second = await paidOrder([{ variant_id: variant.a, quantity: 1 }])
      await shipAndConfirm("a", second.placed.id, second.token, new Date(confirmedAt.getTime() + 1000))
      await refresh()
      const locked = await one(statement.id)
      expect(locked.statement).toMatchObject({ status: "confirmed", payout_amount: statement.payout_amount, payout_account: { bank: "국민은행" } })
      expect(locked.lines.map((l) => l.id)).toEqual(lines.map((l) => l.id))
      const periods = ((await api.get("/admin/settlements", admin)).data as ListAnswer).periods
      const drafts = (await Promise.all(periods.map((p) => list(p.code)))).flatMap((a) => a.statements).filter((s) => s.maker_id === maker.a.id && s.status === "draft")
      expect(drafts).toHaveLength(1)
      expect(drafts[0].period_code > code).toBe(true)
      const { lines: laterLines } = await one(drafts[0].id)
      expect(laterLines.filter((l) => l.kind === "adjustment").map((l) => l.order_id)).toContain(second.placed.id)
      expect(laterLines.find((l) => l.kind === "fee")!.rate_bp).toBe(2000) // placed after the change of rate

      const transfers = (await api.get(`/admin/settlements/transfers?period=${code}`, admin)).data
      expect(transfers.transfers).toEqual([expect.objectContaining({ statement_id: statement.id, amount: statement.payout_amount, bank: "국민은행" })])
      const bad = await responseOf(api.post(`/admin/settlements/${statement.id}/pay`, { paid_on: "2026-02-30", reference: "x" }, admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/이체일/)
      const paid = (await api.post(`/admin/settlements/${statement.id}/pay`, { paid_on: "2026-12-01", reference: "농협 이체 20261201-001" }, admin)).data
      expect(paid.statement).toMatchObject({ status: "paid", paid_on: "2026-12-01", transfer_reference: "농협 이체 20261201-001" })
    })
  })

  describe("판매자센터", () => {
    it("shows the seller its own statements with every line and lets it download them; another maker's is 404", async () => {
      const own = (await api.get("/seller/settlements", seller.a)).data.statements as Statement[]
      expect(own.map((s) => s.id)).toContain(statement.id)
      const detail = (await api.get(`/seller/settlements/${statement.id}`, seller.a)).data
      expect(detail.lines.map((l: Line) => l.amount)).toEqual(lines.map((l) => l.amount))
      const csv = await api.get(`/seller/settlements/${statement.id}/export?format=csv`, { ...seller.a, responseType: "text" })
      const rows = parse(csv.data as string, { bom: true, columns: true }) as Record<string, string>[]
      expect(rows.reduce((s, r) => s + Number(r["금액"]), 0)).toBe(statement.payout_amount)
      const xlsx = await api.get(`/seller/settlements/${statement.id}/export?format=xlsx`, { ...seller.a, responseType: "arraybuffer" })
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(xlsx.data as ArrayBuffer)
      expect(book.getWorksheet("요약")).toBeDefined()

      expect((await api.get("/seller/settlements", seller.b)).data.statements).toEqual([])
      const foreign = await responseOf(api.get(`/seller/settlements/${statement.id}`, seller.b))
      expect(foreign.status).toBe(404)
      expect(foreign.data.message).toMatch(/명세서/)
    })
  })
})
