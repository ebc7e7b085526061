// 판매자센터 orders (#12): each maker's parcel of a paid order — what the seller sees, shipping it
// through Medusa's fulfillment and shipment, the 송장 CSV, the customer's parcels and 구매확정.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { autoConfirmParcelsWorkflow } from "../../backend/workflows/shipments/workflows/auto-confirm-parcels"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { completeCart, prepareCart } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, latestMail, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }
type Item = { id: string; title: string; quantity: number; unit_price?: number }
type SellerOrder = {
  id: string
  display_id: number
  parcel: { id: string; status: string; carrier: string | null; tracking_number: string | null; shipped_at: string | null }
  recipient: { name: string; phone: string; address_1: string; postal_code: string }
  delivery_note: string | null
  gift: { message: string | null; hide_prices: boolean } | null
  items: Item[]
}
type StoreParcel = { id: string; status: string; maker: { name: string } | null; carrier_name: string | null; tracking_number: string | null; tracking_url: string | null; confirmed_by: string | null }

const BUYER = "giver@example.kr"
const DAY = 24 * 60 * 60 * 1000

runMedusa(__filename, ({ api, getContainer, dbConnection, utils }) => {
  let key: string
  let regionId: string
  let admin: Headers
  const seller: Record<"a" | "b", Headers> = {} as never
  const maker: Record<"a" | "b", { id: string; name: string }> = {} as never
  const variant: Record<"a" | "b", string> = {} as never
  /** order 1: a gift of both makers, paid by 무통장입금; order 2: both makers, not a gift, paid; order 3: maker A, unpaid */
  let gift: { id: string; display_id: number; token: string; lines: Record<"a" | "b", string[]> }
  let plain: { id: string; display_id: number }
  let unpaid: { id: string; display_id: number }

  const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  async function paidOrder(lines: { variant_id: string; quantity: number }[], details?: Record<string, unknown>, pay = true) {
    // one parcel per maker (here: one maker per line)
    const cartId = await prepareCart(api, key, regionId, lines, BANK_TRANSFER_PROVIDER_ID)
    await api.post(`/store/carts/${cartId}`, { email: BUYER }, store())
    if (details) await api.post(`/store/carts/${cartId}/order-details`, details, store())
    const order = await completeCart(api, key, cartId)
    if (pay) {
      const { data } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      const payment = (data[0] as unknown as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0].payments[0]
      await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
      await until(async () => (await parcelsOf(order.id)).length === lines.length, "parcels of the paid order")
    }
    return order
  }

  async function parcelsOf(orderId: string) {
    const { data } = await query().graph({ entity: "parcel", fields: ["id", "maker_id", "status", "confirmed_by", "fulfillment_id", "shipping_amount", "items.line_item_id", "items.quantity"], filters: { order_id: orderId } })
    type Row = { id: string; maker_id: string; status: string; confirmed_by: string | null; fulfillment_id: string | null; shipping_amount: number; items: { line_item_id: string; quantity: number }[] }
    return data as unknown as Row[]
  }

  async function fulfillmentsOf(orderId: string) {
    const { data } = await query().graph({
      entity: "order",
      fields: ["fulfillments.id", "fulfillments.shipped_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id", "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url"],
      filters: { id: orderId },
    })
    type F = { id: string; shipped_at: string | null; canceled_at: string | null; items: { line_item_id: string }[]; labels: { tracking_number: string; tracking_url: string }[] }
    return ((data[0] as unknown as { fulfillments?: F[] }).fulfillments ?? []).filter((f) => !f.canceled_at)
  }

  async function until(check: () => Promise<boolean>, what = "condition") {
    for (let i = 0; i < 150; i++) {
      if (await check()) return
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`timed out waiting for ${what}`)
  }

  const ship = (who: "a" | "b", orderId: string, body: unknown) => responseOf<{ order: SellerOrder; message: string }>(api.post(`/seller/orders/${orderId}/ship`, body, seller[who]))
  const sellerOrders = async (who: "a" | "b", q = "") => (await api.get(`/seller/orders${q}`, seller[who])).data as { orders: SellerOrder[]; count: number }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    const { data: variants } = await query().graph({
      entity: "product_variant",
      fields: ["id", "sku", "product.maker.id", "product.maker.name"],
      filters: { sku: ["NCG-JABAN-1", "MSR-CHEONG-LEMON-500"] },
    })
    for (const v of variants as unknown as { id: string; sku: string; product: { maker: { id: string; name: string } } }[]) {
      const who = v.sku === "NCG-JABAN-1" ? "a" : "b"
      variant[who] = v.id
      maker[who] = v.product.maker
    }
    expect(maker.a.id).not.toBe(maker.b.id)
    for (const who of ["a", "b"] as const) {
      await createSellerAccount(getContainer(), { maker_id: maker[who].id, email: `seller-${who}@example.kr` })
      seller[who] = await sellerHeaders(api, `seller-${who}@example.kr`, "jahwal1234")
    }

    const order = await paidOrder(
      [{ variant_id: variant.a, quantity: 3 }, { variant_id: variant.b, quantity: 1 }],
      { orderer_name: "김선물", orderer_phone: "01098765432", delivery_note: "부재 시 경비실에 맡겨 주세요", gift: { sender_name: "김선물", message: "생신 축하드려요" } }
    )
    const { data: lookup } = await api.post("/store/order-lookup", { order_number: order.display_id, email: BUYER }, store())
    const { data: items } = await query().graph({ entity: "order", fields: ["items.id", "items.variant_id"], filters: { id: order.id } })
    const lines = (items[0] as unknown as { items: { id: string; variant_id: string }[] }).items
    gift = {
      id: order.id,
      display_id: order.display_id,
      token: lookup.access_token,
      lines: { a: lines.filter((l) => l.variant_id === variant.a).map((l) => l.id), b: lines.filter((l) => l.variant_id === variant.b).map((l) => l.id) },
    }
    plain = await paidOrder([{ variant_id: variant.a, quantity: 1 }, { variant_id: variant.b, quantity: 2 }], { orderer_name: "이보통", orderer_phone: "01011112222" })
    unpaid = await paidOrder([{ variant_id: variant.a, quantity: 1 }], undefined, false)
    await utils.waitWorkflowExecutions()
  })

  it("makes one parcel per maker once the order is paid, none while the transfer is awaited", async () => {
    const parcels = await parcelsOf(gift.id)
    expect(parcels.map((p) => p.maker_id).sort()).toEqual([maker.a.id, maker.b.id].sort())
    expect(parcels.every((p) => p.status === "awaiting")).toBe(true)
    // 김자반 3봉 = 9,000원 ships for 3,000원; 레몬청 12,000원 for 3,000원 (both under 30,000원)
    expect(parcels.find((p) => p.maker_id === maker.a.id)).toMatchObject({ items: [{ line_item_id: gift.lines.a[0], quantity: 3 }], shipping_amount: 3000 })
    expect(parcels.find((p) => p.maker_id === maker.b.id)).toMatchObject({ items: [{ line_item_id: gift.lines.b[0], quantity: 1 }], shipping_amount: 3000 })
    expect(await parcelsOf(unpaid.id)).toEqual([])
  })

  it("each maker sees only its own lines, the recipient, the note and the gift card — no buyer email, no prices on a gift", async () => {
    for (const [who, other] of [["a", "b"], ["b", "a"]] as const) {
      const list = await sellerOrders(who)
      expect(list.count).toBe(2)
      expect(list.orders.map((o) => o.id).sort()).toEqual([gift.id, plain.id].sort())
      const body = JSON.stringify(list)
      expect(body).not.toContain(BUYER)
      expect(body).not.toContain("010-9876-5432") // the orderer's phone is not the recipient's
      for (const line of gift.lines[other]) expect(body).not.toContain(line)
      expect(body).not.toContain(unpaid.id)

      const order = list.orders.find((o) => o.id === gift.id)!
      expect(order.items.map((i) => i.id)).toEqual(gift.lines[who])
      expect(order.items[0]).not.toHaveProperty("unit_price")
      expect(order).not.toHaveProperty("shipping_amount")
      expect(order.recipient).toMatchObject({ name: "홍길동", phone: "010-1234-5678", postal_code: "61947" })
      expect(order.delivery_note).toBe("부재 시 경비실에 맡겨 주세요")
      expect(order.gift).toMatchObject({ message: "생신 축하드려요", hide_prices: true })
      expect(order.parcel.status).toBe("awaiting")

      const other_ = list.orders.find((o) => o.id === plain.id)!
      expect(other_.gift).toBeNull()
      expect(typeof other_.items[0].unit_price).toBe("number")
    }

    const { data: one } = await api.get(`/seller/orders/${gift.id}`, seller.a)
    expect(one.order.items.map((i: Item) => i.id)).toEqual(gift.lines.a)
    const { data: slip } = await api.get(`/seller/orders/${gift.id}/packing-list`, seller.a)
    expect(slip.packing_list).toMatchObject({ order_number: gift.display_id, hide_prices: true, sender: { name: maker.a.name }, gift: { message: "생신 축하드려요" } })
    expect(JSON.stringify(slip)).not.toMatch(/unit_price|total|giver@example\.kr/)

    // tabs: nothing shipped yet; an unpaid order is not in 판매자센터
    expect((await sellerOrders("a", "?status=shipped")).count).toBe(0)
    expect((await sellerOrders("a", "?status=awaiting")).count).toBe(2)
    const bad = await responseOf(api.get("/seller/orders?status=lost", seller.a))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/[가-힣]/)
    const hidden = await responseOf(api.get(`/seller/orders/${unpaid.id}`, seller.a))
    expect(hidden.status).toBe(404)
    expect(hidden.data.message).toMatch(/결제/)
  })

  it("shipping makes a Medusa fulfillment of exactly the maker's items and a shipment with the 송장번호; the customer follows it; 발송 안내 is mailed", async () => {
    for (const body of [{ carrier: "dhl", tracking_number: "123456789012" }, { carrier: "cj", tracking_number: "abc" }, { carrier: "cj" }, { carrier: "cj", tracking_number: "123456789012", maker_id: maker.b.id }]) {
      const res = await ship("a", gift.id, body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.data.message).toMatch(/[가-힣]/)
    }
    expect(await fulfillmentsOf(gift.id)).toEqual([])

    const res = await ship("a", gift.id, { carrier: "cj", tracking_number: "1234-5678-9012" })
    expect(res.status, JSON.stringify(res.data)).toBe(200)
    expect(res.data.order.parcel).toMatchObject({ status: "shipped", carrier: "cj", tracking_number: "123456789012" })

    const fulfillments = await fulfillmentsOf(gift.id)
    expect(fulfillments).toHaveLength(1)
    expect([...new Set(fulfillments[0].items.map((i) => i.line_item_id))]).toEqual(gift.lines.a)
    expect(fulfillments[0].shipped_at).not.toBeNull()
    expect(fulfillments[0].labels).toEqual([expect.objectContaining({ tracking_number: "123456789012", tracking_url: expect.stringContaining("wblNo=123456789012") })])
    expect((await parcelsOf(gift.id)).find((p) => p.maker_id === maker.a.id)!.fulfillment_id).toBe(fulfillments[0].id)

    const again = await ship("a", gift.id, { carrier: "cj", tracking_number: "123456789012" })
    expect(again.status).toBe(400)
    expect(again.data.message).toMatch(/이미 발송/)
    expect(await fulfillmentsOf(gift.id)).toHaveLength(1)

    const mail = await latestMail(getContainer(), BUYER, "parcel-shipped")
    expect(mail.data).toMatchObject({ order_number: gift.display_id, maker_name: maker.a.name, carrier_name: "CJ대한통운", tracking_number: "123456789012" })
    expect(String(mail.data.tracking_url)).toContain("123456789012")

    const { data } = await api.get(`/store/orders/${gift.id}/parcels`, store({ "x-order-token": gift.token }))
    const parcels = data.parcels as StoreParcel[]
    expect(parcels).toHaveLength(2)
    const a = parcels.find((p) => p.maker?.name === maker.a.name)!
    const b = parcels.find((p) => p.maker?.name === maker.b.name)!
    expect(a).toMatchObject({ status: "shipped", carrier_name: "CJ대한통운", tracking_number: "123456789012", tracking_url: expect.stringContaining("cjlogistics") })
    expect(b).toMatchObject({ status: "awaiting", tracking_number: null, tracking_url: null })
    expect((await responseOf(api.get(`/store/orders/${gift.id}/parcels`, store()))).status).toBe(401)
    expect((await responseOf(api.get(`/store/orders/${gift.id}/parcels`, store({ "x-order-token": "1.forged" })))).status).toBe(404)
  })

  it("구매확정: the customer confirms one parcel; the auto-confirm workflow confirms the other 7 days after shipment, not before", async () => {
    expect((await ship("a", gift.id, { carrier: "hanjin", tracking_number: "512345678901" })).status).toBe(200)
    const parcels = await parcelsOf(gift.id)
    const a = parcels.find((p) => p.maker_id === maker.a.id)!
    const b = parcels.find((p) => p.maker_id === maker.b.id)!
    const confirm = (id: string, headers = store({ "x-order-token": gift.token })) =>
      responseOf<{ parcels: StoreParcel[]; message: string }>(api.post(`/store/orders/${gift.id}/parcels/${id}/confirm`, {}, headers))

    const early = await confirm(b.id)
    expect(early.status).toBe(400)
    expect(early.data.message).toMatch(/발송된 뒤/)
    expect((await confirm(a.id, store())).status).toBe(401)
    expect((await confirm("pcl_unknown")).status).toBe(404)

    const done = await confirm(a.id)
    expect(done.status).toBe(200)
    expect(done.data.parcels.find((p) => p.id === a.id)).toMatchObject({ status: "confirmed", confirmed_by: "customer" })
    expect((await confirm(a.id)).data.message).toMatch(/이미 구매확정/)

    expect((await ship("b", gift.id, { carrier: "epost", tracking_number: "6012345678901" })).status).toBe(200)
    const soon = await autoConfirmParcelsWorkflow(getContainer()).run({ input: { now: new Date(Date.now() + 6 * DAY), days: 7 } })
    expect(soon.result).toEqual([])
    const later = await autoConfirmParcelsWorkflow(getContainer()).run({ input: { now: new Date(Date.now() + 8 * DAY), days: 7 } })
    expect(later.result).toEqual([{ id: b.id, order_id: gift.id, maker_id: maker.b.id }])
    const after = await parcelsOf(gift.id)
    expect(after.find((p) => p.id === a.id)).toMatchObject({ status: "confirmed", confirmed_by: "customer" })
    expect(after.find((p) => p.id === b.id)).toMatchObject({ status: "confirmed", confirmed_by: "auto" })
    expect((await sellerOrders("b", "?status=confirmed")).orders.map((o) => o.id)).toEqual([gift.id])
  })

  it("송장 CSV: one bad row applies nothing and reports each failing row; a clean file ships every parcel", async () => {
    const header = "주문번호,택배사,송장번호"
    const bad = await responseOf<{ applied: number; errors: { row: number; message: string }[]; message: string }>(
      api.post("/seller/orders/bulk-ship", { csv: [header, `${gift.display_id},CJ대한통운,123456789012`, `${plain.display_id},없는택배,123456789012`, `${unpaid.display_id},한진택배,512345678901`, "99999,롯데택배,312345678901"].join("\n") }, seller.a)
    )
    expect(bad.status).toBe(400)
    expect(bad.data.applied).toBe(0)
    expect(bad.data.errors.map((e) => e.row)).toEqual([3, 4, 5])
    expect(bad.data.errors.every((e) => /[가-힣]/.test(e.message))).toBe(true)
    expect(await fulfillmentsOf(gift.id)).toEqual([])
    expect((await parcelsOf(gift.id)).every((p) => p.status === "awaiting")).toBe(true)

    const csv = [header, `${gift.display_id},CJ대한통운,1234-5678-9012`, `"${plain.display_id}","로젠택배","12345678901"`, ""].join("\r\n")
    const ok = await responseOf<{ applied: number; errors: unknown[] }>(api.post("/seller/orders/bulk-ship", csv, { headers: { ...seller.a.headers, "content-type": "text/csv" } }))
    expect(ok.status).toBe(200)
    expect(ok.data).toMatchObject({ applied: 2, errors: [] })
    expect((await fulfillmentsOf(gift.id)).map((f) => f.labels[0]?.tracking_number)).toEqual(["123456789012"])
    expect((await fulfillmentsOf(plain.id)).map((f) => f.labels[0]?.tracking_number)).toEqual(["12345678901"])
    // maker B's parcels of the same orders did not move
    expect((await parcelsOf(plain.id)).find((p) => p.maker_id === maker.b.id)!.status).toBe("awaiting")
  })

  it("송장 CSV: a failure while shipping (the second parcel's update fails in PostgreSQL) undoes the first, so nothing is half-applied", async () => {
    await dbConnection.raw(`
      create or replace function fail_parcel_ship() returns trigger as $$
      begin
        if new.tracking_number = '999999999999' then raise exception 'parcel update refused for the test'; end if;
        return new;
      end $$ language plpgsql;
      create trigger fail_parcel_ship before update on parcel for each row execute function fail_parcel_ship();`)
    const csv = ["주문번호,택배사,송장번호", `${gift.display_id},CJ대한통운,123456789012`, `${plain.display_id},CJ대한통운,999999999999`].join("\n")
    const res = await responseOf<{ message: string }>(api.post("/seller/orders/bulk-ship", { csv }, seller.a))
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.data.message).toMatch(/[가-힣]/)
    for (const id of [gift.id, plain.id]) {
      expect(await fulfillmentsOf(id)).toEqual([])
      expect((await parcelsOf(id)).map((p) => [p.status, p.fulfillment_id])).toEqual([["awaiting", null], ["awaiting", null]])
      const { data } = await query().graph({ entity: "order", fields: ["items.detail.fulfilled_quantity", "items.detail.shipped_quantity"], filters: { id } })
      for (const item of (data[0] as unknown as { items: { detail: { fulfilled_quantity: number; shipped_quantity: number } }[] }).items) {
        expect([Number(item.detail.fulfilled_quantity), Number(item.detail.shipped_quantity)]).toEqual([0, 0])
      }
    }
    await dbConnection.raw("drop trigger fail_parcel_ship on parcel; drop function fail_parcel_ship();")
    // the same parcel ships afterwards, and only that shipment is mailed (the failed upload's events were dropped)
    expect((await ship("a", gift.id, { carrier: "cj", tracking_number: "123456789012" })).status).toBe(200)
    await latestMail(getContainer(), BUYER, "parcel-shipped")
    await utils.waitWorkflowExecutions()
    const mails = await getContainer().resolve("notification").listNotifications({ template: "parcel-shipped" })
    expect(mails.map((m) => m.data?.order_number)).toEqual([gift.display_id])
  })

  it("an unpaid order cannot ship (Korean 400, nothing written); a canceled order's parcels move to 취소", async () => {
    const res = await ship("a", unpaid.id, { carrier: "cj", tracking_number: "123456789012" })
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/결제\(입금\)가 확인되지 않은/)
    expect(await fulfillmentsOf(unpaid.id)).toEqual([])

    await api.post(`/admin/orders/${unpaid.id}/cancel`, {}, admin)
    expect((await ship("a", unpaid.id, { carrier: "cj", tracking_number: "123456789012" })).data.message).toMatch(/취소된 주문/)

    // a card-like payment (authorized at placement) is paid at once; canceling the order cancels its waiting parcels
    const order = await completeCart(api, key, await prepareCart(api, key, regionId, [{ variant_id: variant.a, quantity: 1 }]))
    await until(async () => (await parcelsOf(order.id)).length === 1, "parcel of an authorized order")
    await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
    await until(async () => (await parcelsOf(order.id))[0].status === "canceled", "canceled parcel")
    expect((await sellerOrders("a", "?status=canceled")).orders.map((o) => o.id)).toEqual([order.id])
    const refused = await ship("a", order.id, { carrier: "cj", tracking_number: "123456789012" })
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/취소/)
  })
})
