import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { seoulDate } from "../../backend/lib/dates/seoul-range"
import { businessNumberCheckDigit } from "../../backend/lib/korean/business-number"
import { BUSINESS_NUMBER_ERROR } from "../../backend/api/utils/institution-fields"
import { INSTITUTION_ERRORS } from "../../backend/workflows/institutions/errors"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { completeCart, prepareCart, type PlacedOrder } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, sellerHeaders } from "./utils/seller"

/**
 * 공공기관 구매 through the HTTP API: staff mark a customer as an institution, its checkout asks
 * for a 세금계산서 (copied onto the order, shown to staff and the makers), and its 구매 실적
 * report lists each maker's 사업자등록번호 and amounts, adding up to its orders to the won.
 */

vi.setConfig({ testTimeout: 600_000, hookTimeout: 900_000 })

type Headers = { headers: Record<string, string> }
type ReportMaker = {
  maker_id: string
  name: string
  business_registration_number: string
  kind: string
  kind_label: string
  orders: number
  item_amount: number
  shipping_amount: number
  refunded_amount: number
  amount: number
  lines: { order_number: number; title: string; quantity: number; amount: number }[]
}
type Report = {
  institution: { name: string; business_number: string }
  makers: ReportMaker[]
  orders: { id: string; total: number }[]
  totals: { orders: number; item_amount: number; shipping_amount: number; unassigned_shipping: number; refunded_amount: number; order_total: number; amount: number }
}

/** A valid 사업자등록번호 from its first nine digits. */
const brn = (first9: string) => {
  const digits = `${first9}${businessNumberCheckDigit(first9)}`
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
}
const INSTITUTION_BRN = brn("124820012")
const invalidBrn = (valid: string) => valid.slice(0, -1) + String((Number(valid.slice(-1)) + 1) % 10)

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let admin: Headers
  const variant: Record<"a" | "b", string> = {} as never
  const maker: Record<"a" | "b", { id: string; name: string; business_registration_number: string; kind: string }> = {} as never
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })

  /** A registered, logged-in customer: store headers with its bearer token, an Api that sends them, and its id. */
  async function customer(email: string) {
    const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-1234" })
    const { data: created } = await api.post("/store/customers", { email, first_name: "담당" }, store({ authorization: `Bearer ${reg.token}` }))
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "secret-1234" })
    const headers = store({ authorization: `Bearer ${login.token}` })
    const withAuth = (config?: unknown) => ({ headers: { ...(config as Headers | undefined)?.headers, ...headers.headers } })
    const client = {
      get: (url: string, config?: unknown) => api.get(url, withAuth(config)),
      post: (url: string, body?: unknown, config?: unknown) => api.post(url, body, withAuth(config)),
    }
    return { id: created.customer.id as string, headers, client }
  }

  async function institutionRows(customerId: string) {
    const { data } = await query().graph({ entity: "institution", fields: ["id"], filters: { customer_id: customerId } })
    return data
  }

  async function capture(orderId: string) {
    const { data } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
    const payment = (data[0] as unknown as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0].payments[0]
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
  }

  async function parcelCount(orderId: string) {
    const { data } = await query().graph({ entity: "parcel", fields: ["id"], filters: { order_id: orderId } })
    return data.length
  }

  async function until(check: () => Promise<boolean>, what: string) {
    for (let i = 0; i < 300; i++) {
      if (await check()) return
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`timed out waiting for ${what}`)
  }

  let buyer: Awaited<ReturnType<typeof customer>>
  let institutionId: string
  /** order 1: maker A only, with a 세금계산서 request; order 2: makers B and A, no 증빙; both paid */
  let orders: PlacedOrder[]
  const seller: Record<"a" | "b", Headers> = {} as never
  const TAX_INVOICE = { kind: "tax_invoice", business_number: INSTITUTION_BRN, company_name: "광주광역시 서구청", representative: "<i>김구청</i>", email: "tax@seogu.go.kr" }

  // Medusa's runner restores the database to its state after this hook before every test, so
  // everything the tests share is made here, once.
  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    const { data: variants } = await query().graph({
      entity: "product_variant",
      fields: ["id", "sku", "product.maker.id", "product.maker.name", "product.maker.business_registration_number", "product.maker.kind"],
      filters: { sku: ["NCG-JABAN-1", "MSR-CHEONG-LEMON-500"] },
    })
    for (const v of variants as unknown as { id: string; sku: string; product: { maker: (typeof maker)["a"] } }[]) {
      const who = v.sku === "NCG-JABAN-1" ? "a" : "b"
      variant[who] = v.id
      maker[who] = v.product.maker
    }
    expect(maker.a.id).not.toBe(maker.b.id)
    buyer = await customer("buyer@gwangju-seogu.go.kr")
    const { data: created } = await api.post(
      "/admin/institutions",
      { customer_id: buyer.id, name: "<b>광주광역시</b> 서구청", business_number: INSTITUTION_BRN.replace(/-/g, ""), contact_name: "김담당", contact_phone: "062-360-7114" },
      admin
    )
    institutionId = created.institution.id
    expect(created.institution).toMatchObject({ customer_id: buyer.id, name: "광주광역시 서구청", business_number: INSTITUTION_BRN, customer: { email: "buyer@gwangju-seogu.go.kr" } })

    const first = await prepareCart(buyer.client, key, regionId, [{ variant_id: variant.a, quantity: 2 }], BANK_TRANSFER_PROVIDER_ID)
    await api.post(`/store/carts/${first}/purchase-evidence`, TAX_INVOICE, buyer.headers)
    const second = await prepareCart(buyer.client, key, regionId, [{ variant_id: variant.b, quantity: 1 }, { variant_id: variant.a, quantity: 1 }], BANK_TRANSFER_PROVIDER_ID)
    orders = [await completeCart(buyer.client, key, first), await completeCart(buyer.client, key, second)]
    for (const order of orders) await capture(order.id)
    await until(async () => (await parcelCount(orders[0].id)) === 1 && (await parcelCount(orders[1].id)) === 2, "parcels of the paid orders")
    for (const who of ["a", "b"] as const) {
      await createSellerAccount(getContainer(), { maker_id: maker[who].id, email: `inst-seller-${who}@example.kr` })
      seller[who] = await sellerHeaders(api, `inst-seller-${who}@example.kr`, "jahwal1234")
    }
  })

  describe("staff mark a customer as an institution", () => {
    it("refuses a bad 사업자등록번호 in Korean and writes nothing", async () => {
      const school = await customer("office@school.go.kr")
      const bad = await responseOf(
        api.post("/admin/institutions", { customer_id: school.id, name: "광주서초등학교", business_number: invalidBrn(INSTITUTION_BRN), contact_name: "김담당" }, admin)
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toBe(BUSINESS_NUMBER_ERROR)
      expect(await institutionRows(school.id)).toEqual([])
      expect((await api.get("/store/customers/me/institution", school.headers)).data.institution).toBeNull()
      const unknown = await responseOf(
        api.post("/admin/institutions", { customer_id: "cus_nope", name: "광주광역시 서구청", business_number: INSTITUTION_BRN, contact_name: "김담당" }, admin)
      )
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe(INSTITUTION_ERRORS.customerNotFound)
    })

    it("edits and lists it (plain text, checked number); a second mark of the same customer is a Korean 400", async () => {
      const { data: edited } = await api.post(`/admin/institutions/${institutionId}`, { contact_name: "이담당", contact_email: "buy@seogu.go.kr" }, admin)
      expect(edited.institution).toMatchObject({ name: "광주광역시 서구청", contact_name: "이담당", contact_email: "buy@seogu.go.kr" })
      const badEdit = await responseOf(api.post(`/admin/institutions/${institutionId}`, { business_number: "123-45-6789" }, admin))
      expect(badEdit.status).toBe(400)
      const { data: list } = await api.get(`/admin/institutions?customer_id=${buyer.id}`, admin)
      expect(list.institutions.map((i: { id: string }) => i.id)).toEqual([institutionId])
      const { data: mine } = await api.get("/store/customers/me/institution", buyer.headers)
      expect(mine.institution).toMatchObject({ name: "광주광역시 서구청", business_number: INSTITUTION_BRN })
      const twice = await responseOf(api.post("/admin/institutions", { customer_id: buyer.id, name: "서구청", business_number: INSTITUTION_BRN, contact_name: "김담당" }, admin))
      expect(twice.status).toBe(400)
      expect(twice.data.message).toBe(INSTITUTION_ERRORS.alreadyInstitution)
    })
  })

  describe("증빙 요청 at checkout", () => {
    it("is refused to a customer who is not an institution, and cart metadata cannot fake it", async () => {
      const other = await customer("person@example.kr")
      const cartId = await prepareCart(other.client, key, regionId, [{ variant_id: variant.a, quantity: 1 }])
      const evidence = { kind: "tax_invoice", business_number: INSTITUTION_BRN, company_name: "가짜기관", representative: "홍길동", email: "x@example.kr" }
      const refused = await responseOf(api.post(`/store/carts/${cartId}/purchase-evidence`, evidence, other.headers))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toBe(INSTITUTION_ERRORS.notInstitution)
      // a guest is asked to log in; the institution cannot write on someone else's cart
      expect((await responseOf(api.post(`/store/carts/${cartId}/purchase-evidence`, evidence, store()))).status).toBe(401)
      expect((await responseOf(api.post(`/store/carts/${cartId}/purchase-evidence`, evidence, buyer.headers))).status).toBe(404)
      // what the browser puts into metadata is never the evidence
      await api.post(`/store/carts/${cartId}`, { metadata: { purchase_evidence: evidence, tax_invoice: evidence } }, other.headers)
      const order = await completeCart(other.client, key, cartId)
      const { data } = await api.get(`/admin/orders/${order.id}/checkout-details`, admin)
      expect(data.order.purchase_evidence).toBeNull()
      const { data: rows } = await query().graph({ entity: "purchase_evidence", fields: ["id"], filters: { order_id: order.id } })
      expect(rows).toEqual([])
      // nor can that customer read a 구매 실적
      const today = seoulDate(new Date())
      const report = await responseOf(api.get(`/store/customers/me/purchase-report?from=${today}&to=${today}`, other.headers))
      expect(report.status).toBe(403)
    })

    it("checks the request in Korean: a bad number, both or neither 지출증빙", async () => {
      const cartId = await prepareCart(buyer.client, key, regionId, [{ variant_id: variant.a, quantity: 1 }])
      const post = (body: unknown) => responseOf(api.post(`/store/carts/${cartId}/purchase-evidence`, body, buyer.headers))
      const bad = await post({ kind: "tax_invoice", business_number: invalidBrn(maker.a.business_registration_number), company_name: "서구청", representative: "김구청", email: "a@b.kr" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toBe(BUSINESS_NUMBER_ERROR)
      const both = await post({ kind: "cash_receipt", business_number: INSTITUTION_BRN, phone: "01012345678" })
      expect(both.status).toBe(400)
      expect(both.data.message).toMatch(/하나만/)
      expect((await post({ kind: "cash_receipt" })).status).toBe(400)
      expect((await post({ kind: "receipt" })).data.message).toMatch(/[가-힣]/)
      const { data: none } = await api.get(`/store/carts/${cartId}/purchase-evidence`, buyer.headers)
      expect(none).toMatchObject({ institution: { name: "광주광역시 서구청" }, purchase_evidence: null })
      const { data: ok } = await api.post(`/store/carts/${cartId}/purchase-evidence`, { kind: "cash_receipt", phone: "010 2222 3333" }, buyer.headers)
      expect(ok.purchase_evidence).toEqual({ kind: "cash_receipt", label: "현금영수증", business_number: null, phone: "010-2222-3333" })
    })
  })

  describe("구매 실적 report", () => {
    it("copies the 세금계산서 request onto the order for staff and for the makers of its lines only", async () => {
      const expected = { kind: "tax_invoice", label: "세금계산서", business_number: INSTITUTION_BRN, company_name: "광주광역시 서구청", representative: "김구청", email: "tax@seogu.go.kr" }
      const { data: staff } = await api.get(`/admin/orders/${orders[0].id}/checkout-details`, admin)
      expect(staff.order.purchase_evidence).toEqual(expected)
      const { data: plain } = await api.get(`/admin/orders/${orders[1].id}/checkout-details`, admin)
      expect(plain.order.purchase_evidence).toBeNull()

      const { data: own } = await api.get(`/seller/orders/${orders[0].id}`, seller.a)
      expect(own.order.purchase_evidence).toEqual(expected)
      const { data: list } = await api.get("/seller/orders", seller.a)
      const listed = new Map((list.orders as { id: string; purchase_evidence: unknown }[]).map((o) => [o.id, o.purchase_evidence]))
      expect(listed.get(orders[0].id)).toEqual(expected)
      expect(listed.get(orders[1].id)).toBeNull()
      // maker B has no line on order 1: not found, evidence and all
      expect((await responseOf(api.get(`/seller/orders/${orders[0].id}`, seller.b))).status).toBe(404)
    })

    it("lists both makers' 사업자등록번호 and amounts; totals equal the orders' totals to the won; the CSV says the same", async () => {
      const today = seoulDate(new Date())
      const { data } = await api.get(`/store/customers/me/purchase-report?from=${today}&to=${today}`, buyer.headers)
      const report = data.report as Report
      expect(report.institution).toMatchObject({ name: "광주광역시 서구청", business_number: INSTITUTION_BRN })
      const orderTotal = orders.reduce((s, o) => s + o.total, 0)
      expect(report.orders.map((o) => o.id).sort()).toEqual(orders.map((o) => o.id).sort())
      expect(report.totals.orders).toBe(2)
      expect(report.totals.order_total).toBe(orderTotal)
      expect(report.totals.amount).toBe(orderTotal)
      expect(report.totals.refunded_amount).toBe(0)
      expect(report.totals.unassigned_shipping).toBe(0)
      expect(report.totals.item_amount + report.totals.shipping_amount).toBe(orderTotal)

      const byMaker = new Map(report.makers.map((m) => [m.maker_id, m]))
      expect([...byMaker.keys()].sort()).toEqual([maker.a.id, maker.b.id].sort())
      for (const who of ["a", "b"] as const) {
        const m = byMaker.get(maker[who].id)!
        expect(m.business_registration_number).toBe(maker[who].business_registration_number)
        expect(m.business_registration_number).toMatch(/^\d{3}-\d{2}-\d{5}$/)
        expect(m.kind).toBe(maker[who].kind)
        expect(m.kind_label).toMatch(/^(자활기업|광역자활기업|자활근로사업단)$/)
        expect(m.amount).toBe(m.item_amount + m.shipping_amount + m.refunded_amount)
        expect(m.item_amount).toBe(m.lines.reduce((s, l) => s + l.amount, 0))
      }
      expect(byMaker.get(maker.a.id)!.orders).toBe(2)
      expect(byMaker.get(maker.b.id)!.orders).toBe(1)
      // maker B sold one line (order 2); maker A the rest of the lines
      const lineTotal = (order: PlacedOrder, variantId: string) => order.items.filter((i) => (i as unknown as { variant_id: string }).variant_id === variantId).reduce((s, i) => s + i.total, 0)
      expect(byMaker.get(maker.b.id)!.item_amount).toBe(lineTotal(orders[1], variant.b))
      expect(byMaker.get(maker.a.id)!.item_amount).toBe(lineTotal(orders[0], variant.a) + lineTotal(orders[1], variant.a))
      expect(report.makers.reduce((s, m) => s + m.amount, 0)).toBe(orderTotal)

      // the CSV: BOM, the per-maker table with 합계, then the lines; numbers parse back the same
      // as bytes: axios would strip the BOM from a text answer
      const csv = await api.get(`/store/customers/me/purchase-report?from=${today}&to=${today}&format=csv`, { ...buyer.headers, responseType: "arraybuffer" })
      expect(String(csv.headers?.["content-type"] ?? "")).toMatch(/text\/csv/)
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(csv.data as ArrayBuffer)
      expect(text.startsWith("\uFEFF")).toBe(true)
      const rows = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: false }) as string[][]
      const blank = rows.findIndex((r) => r.length === 1 && r[0] === "")
      const summary = rows.slice(1, blank)
      expect(rows[0]).toEqual(["만든 곳", "사업자등록번호", "구분", "주문 수", "상품금액", "배송비", "취소·환불", "금액"])
      for (const m of report.makers) {
        const row = summary.find((r) => r[1] === m.business_registration_number)!
        expect(row.slice(3).map(Number)).toEqual([m.orders, m.item_amount, m.shipping_amount, m.refunded_amount, m.amount])
      }
      const total = summary.find((r) => r[0] === "합계")!
      expect(total.slice(3).map(Number)).toEqual([2, report.totals.item_amount, report.totals.shipping_amount, 0, orderTotal])
      const lines = rows.slice(blank + 2).filter((r) => r.length > 1)
      expect(lines.reduce((s, r) => s + Number(r[6]), 0)).toBe(report.totals.item_amount)

      // a period without the orders is empty; a bad period is a Korean 400
      const { data: empty } = await api.get("/store/customers/me/purchase-report?from=2020-01-01&to=2020-01-31", buyer.headers)
      expect(empty.report.totals).toMatchObject({ orders: 0, amount: 0 })
      const bad = await responseOf(api.get("/store/customers/me/purchase-report?from=2024-02-30&to=2024-03-01", buyer.headers))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/[가-힣]/)
    })

    it("unmarking the institution closes the report but keeps the orders' requests", async () => {
      await api.delete(`/admin/institutions/${institutionId}`, admin)
      const today = seoulDate(new Date())
      expect((await responseOf(api.get(`/store/customers/me/purchase-report?from=${today}&to=${today}`, buyer.headers))).status).toBe(403)
      const { data } = await api.get(`/admin/orders/${orders[0].id}/checkout-details`, admin)
      expect(data.order.purchase_evidence).toMatchObject({ kind: "tax_invoice" })
      expect((await responseOf(api.get(`/admin/institutions/${institutionId}`, admin))).status).toBe(404)
    })
  })
})
