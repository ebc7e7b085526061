// 정산 and refunds end to end (#12 item 4), through HTTP on real Postgres: an order of two makers
// under a 2,000원 code, paid by 무통장입금 (staff capture), shipped by each seller, 구매확정 by the
// customer. (a) A cancel before shipment moves only the refunded maker's draft statement, by
// exactly its refunded share; a whole order canceled before shipment reaches no statement.
// (b) A return after the statement was confirmed (확정) leaves it untouched and lands in the next
// open period. Every expected won is computed here from the order's own rows.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { SHIPMENTS_MODULE } from "../../backend/modules/shipments"
import type ShipmentsModuleService from "../../backend/modules/shipments/service"
import { periodOf, periodRange } from "../../backend/modules/settlement/utils/periods"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, sellerHeaders } from "./utils/seller"

// checkouts, two sellers shipping, Medusa's return workflows: minutes on a shared 2-core machine
vi.setConfig({ testTimeout: 600_000 })

type Headers = { headers: Record<string, string> }
type Who = "a" | "b"
type Line = { id: string; kind: string; order_id: string | null; order_display_id: number | null; line_item_id: string | null; amount: number; rate_bp: number | null }
type Statement = {
  id: string; maker_id: string; period_code: string; status: string; sales_amount: number; shipping_amount: number; refund_amount: number
  adjustment_amount: number; fee_amount: number; net_sales_amount: number; balance_amount: number; payout_amount: number; carry_forward_amount: number
}
type Detail = { statement: Statement; lines: Line[] }
type Placed = { id: string; display_id: number; token: string; items: { id: string; variant_id: string; quantity: number; unit_price: number }[] }

/** A's 판매수수료 (10.5%): fee lines must move with the refunds, to the won. */
const RATE_A = 1050
const REFUND_ACCOUNT = { bank: "농협은행", account_number: "302-1234-5678-91", holder: "홍길동" }

// the rules restated, so the test does not read its expectations from the code under test
const fee = (amount: number) => Math.floor((amount * RATE_A) / 10_000)
/** q of n units of a line worth `total`: round(total × q / n), halves up */
const unitsValue = (total: number, q: number, n: number) => Math.round((total * q) / n)

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let admin: Headers
  const seller = {} as Record<Who, Headers>
  const maker = {} as Record<Who, string>
  const variant = {} as Record<Who, string>
  /** 3 × 김자반 (A) + 1 × 레몬청 (B), paid */
  let main: Placed
  /** 1 × 김자반 + 1 × 레몬청, paid, canceled whole by the customer in (a) */
  let other: Placed

  const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0)

  async function until(check: () => Promise<boolean>, what: string) {
    for (let i = 0; i < 300; i++) {
      if (await check()) return
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`timed out waiting for ${what}`)
  }

  async function parcelsOf(orderId: string) {
    const { data } = await query().graph({ entity: "parcel", fields: ["id", "maker_id", "status", "shipping_amount"], filters: { order_id: orderId } })
    return data as unknown as { id: string; maker_id: string; status: string; shipping_amount: number }[]
  }
  const parcelOf = async (orderId: string, who: Who) => (await parcelsOf(orderId)).find((p) => p.maker_id === maker[who])!

  /** The maker's attributed share of the order (whole won, after the code's discount). */
  async function rowsOf(orderId: string, who: Who) {
    const { data } = await query().graph({ entity: "line_attribution", fields: ["line_item_id", "maker_id", "amount"], filters: { order_id: orderId } })
    return (data as unknown as { line_item_id: string; maker_id: string; amount: number }[])
      .filter((r) => r.maker_id === maker[who])
      .map((r) => ({ line_item_id: r.line_item_id, amount: Number(r.amount) }))
  }

  /** Through the Store API as the storefront does, with the code before payment; staff capture the transfer. */
  async function paidOrder(lines: { variant_id: string; quantity: number }[]): Promise<Placed> {
    const { data: created } = await api.post("/store/carts", { region_id: regionId, email: "settle-refund@example.kr" }, store())
    const cartId = created.cart.id as string
    for (const line of lines) await api.post(`/store/carts/${cartId}/line-items`, line, store())
    await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["SETTLE2000"] }, store())
    const address = { first_name: "홍길동", last_name: "", address_1: "광주광역시 서구 죽봉대로 38번길 25", city: "광주광역시", postal_code: "61947", country_code: "kr", phone: "010-1234-5678" }
    await api.post(`/store/carts/${cartId}`, { shipping_address: address }, store())
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store())
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: BANK_TRANSFER_PROVIDER_ID }, store())
    const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
    expect(completed.type).toBe("order")
    const { data: access } = await api.post(`/store/carts/${cartId}/order-access`, {}, store())
    const order = completed.order as Omit<Placed, "token">
    const { data } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
    const payment = (data[0] as unknown as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0].payments[0]
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
    await until(async () => (await parcelsOf(order.id)).length === 2, "both makers' parcels of the paid order")
    return { ...order, token: access.access_token as string }
  }

  /** Each seller ships its own parcel (Medusa fulfillment + shipment); the customer confirms both (구매확정). */
  async function shipAndConfirm(order: Placed) {
    for (const who of ["a", "b"] as const) {
      const shipped = await responseOf(api.post(`/seller/orders/${order.id}/ship`, { carrier: "cj", tracking_number: "123456789012" }, seller[who]))
      expect(shipped.status, JSON.stringify(shipped.data)).toBe(200)
      const parcel = await parcelOf(order.id, who)
      const confirmed = await responseOf(api.post(`/store/orders/${order.id}/parcels/${parcel.id}/confirm`, {}, store({ "x-order-token": order.token })))
      expect(confirmed.status, JSON.stringify(confirmed.data)).toBe(200)
    }
  }

  async function makerReturn(orderId: string, lineId: string, quantity: number, reason: string) {
    const body = { items: [{ line_item_id: lineId, quantity }], refund_shipping: false, reason, refund_account: REFUND_ACCOUNT }
    const res = await responseOf<{ refunded_total?: number }>(api.post(`/admin/orders/${orderId}/maker-returns`, body, admin))
    expect(res.status, JSON.stringify(res.data)).toBe(200)
  }

  const refresh = async () => expect((await api.post("/admin/settlements/refresh", {}, admin)).status).toBe(200)
  const statementsOf = async (period: string, who: Who) =>
    ((await api.get(`/admin/settlements?period=${period}`, admin)).data.statements as Statement[]).filter((s) => s.maker_id === maker[who])
  const detail = async (id: string) => (await api.get(`/admin/settlements/${id}`, admin)).data as Detail
  const jabanLine = (order: Placed) => order.items.find((i) => i.variant_id === variant.a)!

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    await api.post(
      "/admin/promotions",
      {
        // a fixed 2,000원 spread over both makers' lines: A's share leaves its line at a total a third of which is not whole
        code: "SETTLE2000", type: "standard", status: "active", is_automatic: false, is_tax_inclusive: true,
        application_method: { type: "fixed", target_type: "order", allocation: "across", value: 2_000, currency_code: "krw" },
      },
      admin
    )
    const { data: variants } = await query().graph({ entity: "product_variant", fields: ["id", "sku", "product.maker.id"], filters: { sku: ["NCG-JABAN-1", "MSR-CHEONG-LEMON-500"] } })
    for (const v of variants as unknown as { id: string; sku: string; product: { maker: { id: string } } }[]) {
      const who = v.sku === "NCG-JABAN-1" ? "a" : "b"
      variant[who] = v.id
      maker[who] = v.product.maker.id
    }
    for (const who of ["a", "b"] as const) {
      await createSellerAccount(getContainer(), { maker_id: maker[who], email: `settle-refund-${who}@example.kr`, role: "owner" })
      seller[who] = await sellerHeaders(api, `settle-refund-${who}@example.kr`, "jahwal1234")
    }
    expect((await api.post(`/admin/makers/${maker.a}`, { commission_rate_bp: RATE_A }, admin)).status).toBe(200)
    main = await paidOrder([{ variant_id: variant.a, quantity: 3 }, { variant_id: variant.b, quantity: 1 }])
    other = await paidOrder([{ variant_id: variant.a, quantity: 1 }, { variant_id: variant.b, quantity: 1 }])
  }, 900_000)

  it("the order under test: both makers have a share, and the code cut A's line to an amount a third of which is not whole", async () => {
    const [a] = await rowsOf(main.id, "a")
    const b = await rowsOf(main.id, "b")
    expect(a.line_item_id).toBe(jabanLine(main).id)
    expect(a.amount).toBeLessThan(jabanLine(main).unit_price * 3) // the code took its share
    expect(b.length).toBe(1)
    // the refund of 1 of 3 units must round: this is what makes "to the won" mean something
    expect(a.amount % 3).not.toBe(0)
  })

  describe("(a) cancel before shipment", () => {
    it("the refunded maker's draft statement drops by exactly its refunded share (fee given back to the won), the other maker's by 0; a whole order canceled before shipment reaches no statement", async () => {
      const [rowA] = await rowsOf(main.id, "a")
      const rowsB = await rowsOf(main.id, "b")
      // staff cancel 1 of A's 3 units before anything is shipped (a line cancel: no fulfillment yet)
      await makerReturn(main.id, rowA.line_item_id, 1, "품절")
      // the canceled unit leaves A's box: its list and packing slip say 2, and 발송 fulfills 2
      const ownView = (await api.get(`/seller/orders/${main.id}`, seller.a)).data as { order: { items: { id: string; quantity: number }[] } }
      expect(ownView.order.items.find((i) => i.id === rowA.line_item_id)?.quantity).toBe(2)
      const slip = (await api.get(`/seller/orders/${main.id}/packing-list`, seller.a)).data as { packing_list: { items: { id: string; quantity: number }[] } }
      expect(slip.packing_list.items.find((i) => i.id === rowA.line_item_id)?.quantity).toBe(2)
      // the customer cancels the other paid order whole, before shipment
      const canceled = await responseOf<{ order: { status: string } }>(
        api.post(`/store/orders/${other.id}/cancel`, { refund_account: REFUND_ACCOUNT }, store({ "x-order-token": other.token }))
      )
      expect(canceled.status, JSON.stringify(canceled.data)).toBe(200)
      expect(canceled.data.order.status).toBe("canceled")

      await shipAndConfirm(main)
      const { data: fulfilled } = await query().graph({ entity: "order", fields: ["items.id", "items.detail.fulfilled_quantity"], filters: { id: main.id } })
      const jaban = (fulfilled[0].items as { id: string; detail: { fulfilled_quantity: number } }[]).find((i) => i.id === rowA.line_item_id)
      expect(Number(jaban?.detail.fulfilled_quantity)).toBe(2)
      await refresh()
      const period = periodOf(new Date(), "monthly")
      const refundA = unitsValue(rowA.amount, 1, 3)
      const [a] = await statementsOf(period, "a")
      const [b] = await statementsOf(period, "b")
      const shipA = (await parcelOf(main.id, "a")).shipping_amount
      const shipB = (await parcelOf(main.id, "b")).shipping_amount

      // A: what the order sold it, less exactly the canceled unit's share; the fee of what is left
      expect(a).toMatchObject({
        status: "draft", sales_amount: rowA.amount, shipping_amount: shipA, refund_amount: -refundA, adjustment_amount: 0,
        fee_amount: -fee(rowA.amount - refundA), net_sales_amount: rowA.amount + shipA - refundA,
        payout_amount: rowA.amount + shipA - refundA - fee(rowA.amount - refundA),
      })
      const linesA = (await detail(a.id)).lines
      expect(linesA.filter((l) => l.kind === "refund")).toEqual([
        expect.objectContaining({ order_id: main.id, order_display_id: main.display_id, line_item_id: rowA.line_item_id, amount: -refundA, rate_bp: RATE_A }),
      ])
      // B: untouched by A's cancel (no refund line, nothing taken)
      const salesB = sum(rowsB.map((r) => r.amount))
      expect(b).toMatchObject({ status: "draft", sales_amount: salesB, shipping_amount: shipB, refund_amount: 0, fee_amount: 0, net_sales_amount: salesB + shipB, payout_amount: salesB + shipB })
      const linesB = (await detail(b.id)).lines
      expect(linesB.filter((l) => l.kind === "refund")).toEqual([])
      // the order canceled before shipment: its parcels canceled, not a won of it on either statement
      expect((await parcelsOf(other.id)).map((p) => p.status)).toEqual(["canceled", "canceled"])
      expect([...linesA, ...linesB].filter((l) => l.order_id === other.id)).toEqual([])
      // the seller reads the same statement, its refund line included
      const own = (await api.get(`/seller/settlements/${a.id}`, seller.a)).data as Detail
      expect(own.statement.payout_amount).toBe(a.payout_amount)
      expect(own.lines.map((l) => l.amount)).toEqual(linesA.map((l) => l.amount))
    })
  })

  describe("(b) return after the statement is confirmed", () => {
    it("the confirmed statement is unchanged; the next open period gets exactly −(the returned unit's share) and its fee back; the other maker's statements are unchanged", async () => {
      const [rowA] = await rowsOf(main.id, "a")
      const rowsB = await rowsOf(main.id, "b")
      await shipAndConfirm(main)
      // 구매확정 in the last hour of the previous month (Seoul), so that month has ended and can be confirmed
      const current = periodOf(new Date(), "monthly")
      const lastMonthAt = new Date(periodRange(current).gte.getTime() - 3600_000)
      const previous = periodOf(lastMonthAt, "monthly")
      const shipments: ShipmentsModuleService = getContainer().resolve(SHIPMENTS_MODULE)
      for (const who of ["a", "b"] as const) await shipments.updateParcels({ id: (await parcelOf(main.id, who)).id, confirmed_at: lastMonthAt })
      await refresh()

      const [draftA] = await statementsOf(previous, "a")
      const shipA = (await parcelOf(main.id, "a")).shipping_amount
      expect(draftA).toMatchObject({ status: "draft", sales_amount: rowA.amount, shipping_amount: shipA, refund_amount: 0, fee_amount: -fee(rowA.amount) })
      const confirmed = await responseOf<Detail>(api.post(`/admin/settlements/${draftA.id}/confirm`, {}, admin))
      expect(confirmed.status, JSON.stringify(confirmed.data)).toBe(200)
      const lockedBefore = await detail(draftA.id)
      const bBefore = await Promise.all([previous, current].map((p) => statementsOf(p, "b")))
      expect(bBefore[0]).toEqual([expect.objectContaining({ sales_amount: sum(rowsB.map((r) => r.amount)) })])

      // staff register the return of 1 of the 3 units A shipped (fulfilled → a Medusa return + refund)
      await makerReturn(main.id, rowA.line_item_id, 1, "파손")
      await refresh()

      expect(await detail(draftA.id)).toEqual(lockedBefore)
      const returned = unitsValue(rowA.amount, 1, 3)
      const feeBack = fee(rowA.amount) - fee(rowA.amount - returned)
      const [next] = await statementsOf(current, "a")
      const nextLines = (await detail(next.id)).lines
      // the return happened in the open period: a refund line of exactly −(the unit's share) and its fee back, nothing else
      expect(nextLines.map((l) => [l.kind, l.order_id, l.amount])).toEqual([
        ["refund", main.id, -returned],
        ["fee", main.id, feeBack],
      ])
      expect(next).toMatchObject({
        status: "draft", sales_amount: 0, refund_amount: -returned, fee_amount: feeBack, balance_amount: feeBack - returned,
        // nothing sold in the period yet: the negative balance is carried on, not paid
        payout_amount: 0, carry_forward_amount: feeBack - returned,
      })
      expect(await Promise.all([previous, current].map((p) => statementsOf(p, "b")))).toEqual(bBefore)
    })
  })
})
