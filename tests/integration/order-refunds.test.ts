import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { seoulDate } from "../../backend/lib/dates/seoul-range"
import { valueOfUnits } from "../../backend/modules/attribution/utils/compute-adjustments"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { STRIPE_PROVIDER_ID } from "../../backend/modules/stripe-payment/options"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { startFakeStripe, type FakePaymentIntent, type FakeStripe } from "./utils/fake-stripe"
import { runMedusa } from "./utils/medusa-runner"

/**
 * 취소·반품·환불 through the HTTP API: each maker's figures (the maker-sales report) drop by
 * exactly what was refunded to it — its lines' share after the percentage code, its share of a
 * split gift set, its parcel fee — card refunds go to (the local stand-in of) Stripe in whole
 * won, and a 무통장입금 refund is listed for staff with the customer's account.
 */

// each case places 1–2 orders and walks Medusa's workflows: minutes on a shared 2-core machine
vi.setConfig({ testTimeout: 600_000 })

const API_KEY = "sk_test_jahwal_refunds"
let fake: FakeStripe
beforeAll(async () => {
  fake = await startFakeStripe()
  process.env.STRIPE_API_HOST = fake.url
})
afterAll(() => fake.close())

type Figures = { maker_id: string; gross_amount: number; refunded_amount: number; net_amount: number; refunded_units: number }
type Adjustment = { line_item_id: string | null; maker_id: string; kind: string; quantity: number; amount: number; shipping_amount: number; reference: string | null }
type Row = { line_item_id: string; maker_id: string; amount: number; quantity: number }
type Order = { id: string; total: number; item_total: number; shipping_total: number; items: { id: string; variant_id: string; quantity: number; total: number }[] }

runMedusa(
  __filename,
  ({ api, getContainer }) => {
    let key: string
    let regionId: string
    let admin: { headers: Record<string, string> }
    const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const variants = new Map<string, string>()

    async function variantBySku(sku: string) {
      if (!variants.has(sku)) {
        const { data } = await query().graph({ entity: "product_variant", fields: ["id"], filters: { sku } })
        variants.set(sku, (data[0] as { id: string }).id)
      }
      return variants.get(sku)!
    }

    /**
     * A multi-maker order (3 × 김자반 from 내친구김, a 소소드림 gift set whose price is split over
     * its component makers, a 레몬청 from 맛사랑 with its parcel fee) with the 15% code, placed by card (confirmed in the fake Stripe) or
     * by 무통장입금. Returns the order, its guest token and the payment.
     */
    async function placeOrder(provider: string) {
      const { data: created } = await api.post("/store/carts", { region_id: regionId, email: "refund@example.kr" }, store())
      const cartId = created.cart.id as string
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantBySku("NCG-JABAN-1"), quantity: 3 }, store())
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantBySku(GIFT_SET_SKU), quantity: 1 }, store())
      // 맛사랑's own parcel, under its free-shipping threshold: a fee to refund
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantBySku("MSR-CHEONG-LEMON-500"), quantity: 1 }, store())
      await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["REFUND15"] }, store())
      await api.post(
        `/store/carts/${cartId}`,
        {
          shipping_address: {
            first_name: "홍길동", last_name: "", address_1: "광주광역시 서구 죽봉대로 38번길 25", city: "광주광역시",
            postal_code: "61947", country_code: "kr", phone: "010-1234-5678",
          },
        },
        store()
      )
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store())
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      const { data: withSession } = await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: provider },
        store()
      )
      if (provider === STRIPE_PROVIDER_ID) {
        const session = withSession.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === STRIPE_PROVIDER_ID)
        await fake.confirm((session.data as FakePaymentIntent).id)
      }
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
      expect(completed.type).toBe("order")
      const { data: access } = await api.post(`/store/carts/${cartId}/order-access`, {}, store())
      const order = completed.order as Order
      return { order, token: access.access_token as string, payment: await paymentOf(order.id) }
    }

    async function paymentOf(orderId: string) {
      const { data } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.id", "payment_collections.payments.data", "payment_collections.payments.refunds.amount"],
        filters: { id: orderId },
      })
      const payments = (data[0] as { payment_collections: { payments: { id: string; data: { id?: string }; refunds: { amount: number }[] }[] }[] }).payment_collections.flatMap((pc) => pc.payments)
      return payments[0]
    }

    const capture = (paymentId: string) => api.post(`/admin/payments/${paymentId}/capture`, {}, admin)

    async function rowsOf(orderId: string): Promise<Row[]> {
      const { data } = await query().graph({ entity: "line_attribution", fields: ["line_item_id", "maker_id", "amount", "quantity"], filters: { order_id: orderId } })
      return (data as Row[]).map((r) => ({ ...r, amount: Number(r.amount) }))
    }

    async function figures(): Promise<Map<string, Figures>> {
      const today = seoulDate(new Date())
      const { data } = await api.get(`/admin/reports/maker-sales?from=${today}&to=${today}`, admin)
      return new Map((data.makers as Figures[]).map((m) => [m.maker_id, m]))
    }

    async function adjustmentsOf(orderId: string) {
      const { data } = await api.get(`/admin/orders/${orderId}/maker-returns`, admin)
      return data as { adjustments: Adjustment[]; refunded_total: number; bank_refunds: { id: string; amount: number; status: string; account: Record<string, string> }[] }
    }

    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    const byMaker = (rows: Row[]) => {
      const out = new Map<string, number>()
      for (const r of rows) out.set(r.maker_id, (out.get(r.maker_id) ?? 0) + r.amount)
      return out
    }
    /** POST maker-returns, failing with the answer's message when it is not a 200. */
    async function makerReturn(orderId: string, body: unknown) {
      const res = await responseOf<Record<string, any>>(api.post(`/admin/orders/${orderId}/maker-returns`, body, admin)) // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      return res.data
    }
    const refundCalls = () => fake.calls("POST", "/v1/refunds")

    /** Ships every line of the order: one fulfillment, marked shipped. */
    async function shipAll(order: Order) {
      const items = order.items.map((i) => ({ id: i.id, quantity: i.quantity }))
      await api.post(`/admin/orders/${order.id}/fulfillments`, { items }, admin)
      const { data } = await query().graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: order.id } })
      const fulfillment = (data[0] as { fulfillments: { id: string }[] }).fulfillments.at(-1)!
      await api.post(`/admin/orders/${order.id}/fulfillments/${fulfillment.id}/shipments`, { items }, admin)
    }

    const GIFT_SET_SKU = "SSD-HANAREUM-SET"

    beforeAll(async () => {
      const seeded = await seedAll(getContainer())
      key = seeded.publishableKey
      regionId = seeded.regionId
      admin = await adminHeaders(api)
      await api.post(
        "/admin/promotions",
        {
          code: "REFUND15", type: "standard", status: "active", is_automatic: false,
          application_method: { type: "percentage", target_type: "order", allocation: "across", value: 15, currency_code: "krw" },
        },
        admin
      )
    })

    it("the order under test has two makers' lines, a split gift set and the code's discount on every line", async () => {
      const { order } = await placeOrder(BANK_TRANSFER_PROVIDER_ID)
      const rows = await rowsOf(order.id)
      const setLine = order.items.find((i) => i.variant_id === variants.get(GIFT_SET_SKU))!
      expect(rows.filter((r) => r.line_item_id === setLine.id).length).toBeGreaterThanOrEqual(2)
      expect(sum(rows.map((r) => r.amount))).toBe(order.item_total)
      expect(order.item_total % 1).toBe(0)
      expect(new Set(rows.map((r) => r.maker_id)).size).toBeGreaterThanOrEqual(2)
    })

    describe("customer cancel before shipment", () => {
      it("a paid card order: Stripe refunds the total in won; each maker drops by exactly its rows; adjustments add up to −total", async () => {
        const { order, token, payment } = await placeOrder(STRIPE_PROVIDER_ID)
        await capture(payment.id)
        const rows = await rowsOf(order.id)
        const before = await figures()
        const refundsBefore = refundCalls().length

        const res = await api.post(`/store/orders/${order.id}/cancel`, {}, store({ "x-order-token": token }))
        expect(res.data.order.status).toBe("canceled")

        const refunds = refundCalls().slice(refundsBefore)
        expect(refunds).toHaveLength(1)
        expect(refunds[0].body.amount).toBe(String(order.total))
        expect(refunds[0].body.payment_intent).toBe(payment.data.id)

        const after = await figures()
        for (const [makerId, amount] of byMaker(rows)) {
          expect(after.get(makerId)!.net_amount - before.get(makerId)!.net_amount, makerId).toBe(-amount)
          expect(after.get(makerId)!.gross_amount, "sold stays sold").toBe(before.get(makerId)!.gross_amount)
        }
        const { adjustments, refunded_total } = await adjustmentsOf(order.id)
        expect(adjustments.every((a) => a.kind === "cancel")).toBe(true)
        expect(sum(adjustments.map((a) => a.amount + a.shipping_amount))).toBe(-order.total)
        expect(-sum(adjustments.map((a) => a.shipping_amount))).toBe(order.shipping_total)
        expect(refunded_total).toBe(order.total)
        // the order.canceled subscriber runs too: it finds nothing left to take back
        await new Promise((r) => setTimeout(r, 1000))
        expect((await adjustmentsOf(order.id)).adjustments).toHaveLength(adjustments.length)
      })

      it("an unpaid 무통장입금 is just canceled (no refund); a paid one needs the refund account, then waits for staff to mark it refunded", async () => {
        const unpaid = await placeOrder(BANK_TRANSFER_PROVIDER_ID)
        await api.post(`/store/orders/${unpaid.order.id}/cancel`, {}, store({ "x-order-token": unpaid.token }))
        expect((await adjustmentsOf(unpaid.order.id)).bank_refunds).toEqual([])
        expect(sum((await adjustmentsOf(unpaid.order.id)).adjustments.map((a) => a.amount + a.shipping_amount))).toBe(-unpaid.order.total)

        const paid = await placeOrder(BANK_TRANSFER_PROVIDER_ID)
        await capture(paid.payment.id)
        const noAccount = await responseOf(api.post(`/store/orders/${paid.order.id}/cancel`, {}, store({ "x-order-token": paid.token })))
        expect(noAccount.status).toBe(400)
        expect(noAccount.data.message).toContain("환불받으실 계좌")
        const badAccount = await responseOf(
          api.post(`/store/orders/${paid.order.id}/cancel`, { refund_account: { bank: "농협", account_number: "abc", holder: "홍길동" } }, store({ "x-order-token": paid.token }))
        )
        expect(badAccount.status).toBe(400)
        expect(badAccount.data.message).toContain("계좌번호")
        expect((await adjustmentsOf(paid.order.id)).adjustments).toEqual([])

        const account = { bank: "농협은행", account_number: "302-1234-5678-91", holder: "홍길동" }
        const res = await api.post(`/store/orders/${paid.order.id}/cancel`, { refund_account: account }, store({ "x-order-token": paid.token }))
        expect(res.data.refunds.bank_refunds).toEqual([expect.objectContaining({ amount: paid.order.total, status: "pending" })])
        const listed = await adjustmentsOf(paid.order.id)
        expect(listed.bank_refunds).toEqual([expect.objectContaining({ amount: paid.order.total, status: "pending", account })])
        const refundId = listed.bank_refunds[0].id
        expect(refundId).toMatch(/^ref/)

        const done = await api.post(`/admin/orders/${paid.order.id}/bank-refunds/${refundId}/mark-refunded`, {}, admin)
        expect(done.data.bank_refund).toMatchObject({ id: refundId, status: "refunded" })
        expect((await adjustmentsOf(paid.order.id)).bank_refunds[0].status).toBe("refunded")
        const twice = await responseOf(api.post(`/admin/orders/${paid.order.id}/bank-refunds/${refundId}/mark-refunded`, {}, admin))
        expect(twice.status).toBe(400)
        const unknown = await responseOf(api.post(`/admin/orders/${paid.order.id}/bank-refunds/ref_nope/mark-refunded`, {}, admin))
        expect(unknown.status).toBe(404)
      })

      it("is refused in Korean once a parcel shipped, and without the token or login", async () => {
        const { order, token } = await placeOrder(BANK_TRANSFER_PROVIDER_ID)
        const anonymous = await responseOf(api.post(`/store/orders/${order.id}/cancel`, {}, store()))
        expect(anonymous.status).toBe(401)
        const wrongToken = await responseOf(api.post(`/store/orders/${order.id}/cancel`, {}, store({ "x-order-token": "1.abc" })))
        expect(wrongToken.status).toBe(404)
        await shipAll(order)
        const shipped = await responseOf(api.post(`/store/orders/${order.id}/cancel`, {}, store({ "x-order-token": token })))
        expect(shipped.status).toBe(400)
        expect(shipped.data.message).toContain("이미 발송된 상품")
        expect((await adjustmentsOf(order.id)).adjustments).toEqual([])
      })
    })

    describe("staff return after shipment", () => {
      it("1 of 3 units: the maker drops by exactly that unit's share after the code; Stripe refunds it in whole won", async () => {
        const { order, payment } = await placeOrder(STRIPE_PROVIDER_ID)
        await capture(payment.id)
        await shipAll(order)
        const jaban = order.items.find((i) => i.variant_id === variants.get("NCG-JABAN-1"))!
        const [row] = (await rowsOf(order.id)).filter((r) => r.line_item_id === jaban.id)
        const expected = valueOfUnits(row.amount, 1, 3)
        expect(row.amount).toBe(jaban.total) // after the 15% code
        const before = await figures()
        const refundsBefore = refundCalls().length

        const data = await makerReturn(order.id, { items: [{ line_item_id: jaban.id, quantity: 1 }], refund_shipping: false, reason: "단순 변심" })
        expect(data.kind).toBe("return")
        expect(data.refund_amount).toBe(expected)
        expect(data.return_id).toMatch(/^return_/)

        const refunds = refundCalls().slice(refundsBefore)
        expect(refunds).toHaveLength(1)
        expect(refunds[0].body.amount).toBe(String(expected))

        const after = await figures()
        for (const [makerId, was] of before) {
          const delta = after.get(makerId)!.net_amount - was.net_amount
          expect(delta, makerId).toBe(makerId === row.maker_id ? -expected : 0)
        }
        expect(after.get(row.maker_id)!.refunded_units - before.get(row.maker_id)!.refunded_units).toBe(1)
        const { adjustments } = await adjustmentsOf(order.id)
        expect(adjustments).toEqual([expect.objectContaining({ kind: "return", line_item_id: jaban.id, quantity: 1, amount: -expected, reference: data.return_id })])
      })

      it("the gift set with its parcel fee goes back to each component maker by the snapshot's split", async () => {
        const { order, payment } = await placeOrder(STRIPE_PROVIDER_ID)
        await capture(payment.id)
        await shipAll(order)
        const setLine = order.items.find((i) => i.variant_id === variants.get(GIFT_SET_SKU))!
        const lemon = order.items.find((i) => i.variant_id === variants.get("MSR-CHEONG-LEMON-500"))!
        const rows = (await rowsOf(order.id)).filter((r) => r.line_item_id === setLine.id)
        const before = await figures()
        const data = await makerReturn(order.id, {
          items: [{ line_item_id: setLine.id, quantity: 1 }, { line_item_id: lemon.id, quantity: 1 }],
          refund_shipping: true,
          reason: "파손",
        })
        const { adjustments } = await adjustmentsOf(order.id)
        for (const row of rows) {
          expect(adjustments.find((a) => a.line_item_id === setLine.id && a.maker_id === row.maker_id)!.amount).toBe(-row.amount)
        }
        const after = await figures()
        const [lemonRow] = await rowsOf(order.id).then((all) => all.filter((r) => r.line_item_id === lemon.id))
        for (const [makerId, was] of before) {
          const expected = rows.filter((r) => r.maker_id === makerId).reduce((s, r) => s + r.amount, 0) + (lemonRow.maker_id === makerId ? lemonRow.amount : 0)
          expect(after.get(makerId)!.net_amount - was.net_amount, makerId).toBe(-expected)
        }
        // 맛사랑's parcel fee comes back (the set ships from its assembler, whose parcel was free)
        const shippingBack = adjustments.filter((a) => a.line_item_id === null)
        expect(shippingBack).toEqual([expect.objectContaining({ maker_id: lemonRow.maker_id, shipping_amount: -3000 })])
        expect(data.refund_amount).toBe(setLine.total + lemon.total + 3000)
        expect(fake.calls("POST", "/v1/refunds").at(-1)!.body.amount).toBe(String(data.refund_amount))
      })

      it("a paid 무통장입금 order's line cancel before shipment is recorded with the customer's account and marked refunded", async () => {
        const { order, payment } = await placeOrder(BANK_TRANSFER_PROVIDER_ID)
        await capture(payment.id)
        const jaban = order.items.find((i) => i.variant_id === variants.get("NCG-JABAN-1"))!
        const noAccount = await responseOf(
          api.post(`/admin/orders/${order.id}/maker-returns`, { items: [{ line_item_id: jaban.id, quantity: 2 }], refund_shipping: false, reason: "품절" }, admin)
        )
        expect(noAccount.status).toBe(400)
        expect(noAccount.data.message).toContain("환불 계좌")
        const account = { bank: "국민은행", account_number: "123456-01-234567", holder: "홍길동" }
        const { data } = await api.post(
          `/admin/orders/${order.id}/maker-returns`,
          { items: [{ line_item_id: jaban.id, quantity: 2 }], refund_shipping: false, reason: "품절", refund_account: account },
          admin
        )
        expect(data.kind).toBe("cancel")
        expect(data.refund_amount).toBe(valueOfUnits(jaban.total, 2, 3))
        expect(data.bank_refunds).toEqual([expect.objectContaining({ amount: data.refund_amount, status: "pending", account })])
        await api.post(`/admin/orders/${order.id}/bank-refunds/${data.bank_refunds[0].id}/mark-refunded`, {}, admin)
        expect((await adjustmentsOf(order.id)).bank_refunds[0].status).toBe("refunded")
        // the last unit: the line comes back to the won
        const { data: last } = await api.post(
          `/admin/orders/${order.id}/maker-returns`,
          { items: [{ line_item_id: jaban.id, quantity: 1 }], refund_shipping: false, reason: "품절" },
          admin
        )
        expect(data.refund_amount + last.refund_amount).toBe(jaban.total)
      })

      it("bad input is a Korean 400 and writes nothing: too many units, unknown line, another order's line, a fraction", async () => {
        const { order, payment } = await placeOrder(STRIPE_PROVIDER_ID)
        await capture(payment.id)
        await shipAll(order)
        const other = await placeOrder(STRIPE_PROVIDER_ID)
        const jaban = order.items.find((i) => i.variant_id === variants.get("NCG-JABAN-1"))!
        const refundsBefore = refundCalls().length
        const cases: [unknown, string][] = [
          [{ items: [{ line_item_id: jaban.id, quantity: 4 }], refund_shipping: false, reason: "x" }, "3개입니다"],
          [{ items: [{ line_item_id: "ordli_unknown", quantity: 1 }], refund_shipping: false, reason: "x" }, "이 주문에 없는 상품"],
          [{ items: [{ line_item_id: other.order.items[0].id, quantity: 1 }], refund_shipping: false, reason: "x" }, "이 주문에 없는 상품"],
          [{ items: [{ line_item_id: jaban.id, quantity: 1.5 }], refund_shipping: false, reason: "x" }, "정수"],
          [{ items: [{ line_item_id: jaban.id, quantity: 0 }], refund_shipping: false, reason: "x" }, "정수"],
          [{ items: [], refund_shipping: false, reason: "x" }, "하나 이상"],
          [{ items: [{ line_item_id: jaban.id, quantity: 1 }], reason: "x" }, "refund_shipping"],
          [{ items: [{ line_item_id: jaban.id, quantity: 1 }, { line_item_id: jaban.id, quantity: 1 }], refund_shipping: false, reason: "x" }, "두 번"],
        ]
        for (const [body, message] of cases) {
          const res = await responseOf(api.post(`/admin/orders/${order.id}/maker-returns`, body, admin))
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(res.data.message).toContain(message)
          expect(res.data.message).toMatch(/[가-힣]/)
        }
        expect((await adjustmentsOf(order.id)).adjustments).toEqual([])
        expect(refundCalls().length).toBe(refundsBefore)
        const { data } = await query().graph({ entity: "return", fields: ["id"], filters: { order_id: order.id } })
        expect(data).toEqual([])
        const missing = await responseOf(api.post(`/admin/orders/order_nope/maker-returns`, cases[0][0], admin))
        expect(missing.status).toBe(404)
      })
    })
  },
  { env: { STRIPE_API_KEY: API_KEY, STRIPE_WEBHOOK_SECRET: "whsec_jahwal_refunds" } }
)
