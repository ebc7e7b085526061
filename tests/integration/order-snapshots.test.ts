import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import ensureOrderSnapshotsJob from "../../backend/jobs/ensure-order-snapshots"
import { ATTRIBUTION_MODULE } from "../../backend/modules/attribution"
import type AttributionModuleService from "../../backend/modules/attribution/service"
import { findOrdersLackingSnapshots } from "../../backend/workflows/orders/ensure-recent-order-snapshots"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders } from "./utils/admin"
import { completeCart, type PlacedOrder } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"

type Knex = { raw: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
type Certificate = {
  makers: { name: string; items: { title: string; amount: number }[]; item_total: number; shipping_fee: number }[]
  item_total: number
  shipping_total: number
  total: number
}

const address = {
  first_name: "홍길동",
  last_name: "",
  address_1: "광주광역시 서구 죽봉대로 38번길 25",
  city: "광주광역시",
  postal_code: "61947",
  country_code: "kr",
  phone: "010-1234-5678",
}

/** What a customer would like the 구매확인서 to say: one maker of their choosing, no shipping, no gift flag. */
const forged = {
  maker_shipping: {
    groups: [{ maker_id: "maker_fake", maker_handle: "fake", maker_name: "가짜상회", item_subtotal: 1, shipping_fee: 0 }],
    shipping_total: 0,
  },
  gift: { sender_name: "가짜", message: "가격을 보여 주세요", hide_prices: false },
  orderer_name: "<b>가짜</b>",
  orderer_phone: "010-0000-0000",
  delivery_note: "x".repeat(500),
}

/**
 * Faults in the database, not in our code: while armed, the first `times` writes of a snapshot
 * fail inside PostgreSQL (a trigger raising an error), as when the reporting table is locked or
 * out of space. A sequence counts the attempts; sequences are not rolled back with the failed
 * statement, so the count survives the error.
 */
const FAULTS = {
  attribution: { table: "line_attribution", timing: "BEFORE INSERT", level: "FOR EACH STATEMENT", when: "" },
  // only the write that adds the 업체별 배송 snapshot to an order, not the order's creation
  shipping: {
    table: '"order"',
    timing: "BEFORE UPDATE",
    level: "FOR EACH ROW",
    when: "WHEN (coalesce(NEW.metadata ? 'maker_shipping', false) AND NOT coalesce(OLD.metadata ? 'maker_shipping', false))",
  },
} as const

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let store: { headers: Record<string, string> }
  let admin: { headers: Record<string, string> }
  const variants = new Map<string, string>()
  const makerIds = new Map<string, string>()

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const attribution = (): AttributionModuleService => getContainer().resolve(ATTRIBUTION_MODULE)
  const orderMetadata = async (id: string) =>
    (await getContainer().resolve(Modules.ORDER).retrieveOrder(id, { select: ["id", "metadata"] })).metadata ?? {}
  const rowsOf = (order_id: string) => attribution().listLineAttributions({ order_id }, { take: null })
  const certificateOf = async (id: string): Promise<Certificate> =>
    (await api.get(`/admin/orders/${id}/purchase-certificate`, admin)).data.certificate

  async function armFault(kind: keyof typeof FAULTS, times: number) {
    const { table, timing, level, when } = FAULTS[kind]
    const name = `jahwal_test_${kind}_fault`
    await pg().raw(`DROP SEQUENCE IF EXISTS ${name}_attempts; CREATE SEQUENCE ${name}_attempts`)
    await pg().raw(`
      CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('${name}_attempts') <= ${times} THEN
          RAISE EXCEPTION 'the ${kind} snapshot store is unavailable (test fault)';
        END IF;
        RETURN ${level === "FOR EACH ROW" ? "NEW" : "NULL"};
      END $$`)
    await pg().raw(`DROP TRIGGER IF EXISTS ${name} ON ${table}; CREATE TRIGGER ${name} ${timing} ON ${table} ${level} ${when} EXECUTE FUNCTION ${name}()`)
  }
  async function disarmFault(kind: keyof typeof FAULTS) {
    await pg().raw(`DROP TRIGGER IF EXISTS jahwal_test_${kind}_fault ON ${FAULTS[kind].table}`)
  }
  const attempts = async (kind: keyof typeof FAULTS) =>
    Number((await pg().raw(`SELECT last_value, is_called FROM jahwal_test_${kind}_fault_attempts`)).rows.map((r) => (r.is_called ? r.last_value : 0))[0])

  async function waitFor(what: string, done: () => Promise<boolean>) {
    for (let i = 0; i < 600; i++) {
      if (await done()) return
      await new Promise((r) => setTimeout(r, 200))
    }
    throw new Error(`timed out waiting for ${what}`)
  }

  /** Address, the parcel option and a payment session on a cart, the way the storefront does it. */
  async function readyToComplete(cartId: string) {
    await api.post(`/store/carts/${cartId}`, { shipping_address: address }, store)
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  }
  /** 2 × 내친구김 자반 (3,000원) and 1 × 맛사랑 청 (12,000원): two parcels of 3,000원. */
  async function placeTwoMakerOrder(): Promise<PlacedOrder> {
    const { data } = await api.post(
      "/store/carts",
      {
        region_id: regionId,
        email: "buyer@example.kr",
        items: [
          { variant_id: variants.get("NCG-JABAN-1"), quantity: 2 },
          { variant_id: variants.get("MSR-CHEONG-LEMON-500"), quantity: 1 },
        ],
      },
      store
    )
    await readyToComplete(data.cart.id)
    return completeCart(api, key, data.cart.id)
  }
  const trueShipping = () => ({
    groups: [
      { maker_id: makerIds.get("naechingu-gim"), maker_handle: "naechingu-gim", maker_name: "내친구김", item_subtotal: 6000, shipping_fee: 3000 },
      { maker_id: makerIds.get("matsarang"), maker_handle: "matsarang", maker_name: "맛사랑", item_subtotal: 12000, shipping_fee: 3000 },
    ],
    shipping_total: 6000,
  })
  /** The certificate of a 2 × 자반 + 1 × 청 order: the real makers, every won accounted for. */
  function expectTrueCertificate(certificate: Certificate, order: PlacedOrder) {
    expect(certificate.makers.map((m) => [m.name, m.item_total, m.shipping_fee]).sort()).toEqual([
      ["내친구김", 6000, 3000],
      ["맛사랑", 12000, 3000],
    ])
    expect(certificate.item_total).toBe(18000)
    expect(certificate.shipping_total).toBe(6000)
    expect(certificate.total).toBe(order.total)
    expect(order.total).toBe(24000)
  }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    store = { headers: { "x-publishable-api-key": key } }
    admin = await adminHeaders(api)
    const { data } = await query().graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: ["NCG-JABAN-1", "MSR-CHEONG-LEMON-500"] } })
    for (const v of data as { id: string; sku: string }[]) variants.set(v.sku, v.id)
    const { data: makers } = await query().graph({ entity: "maker", fields: ["id", "handle"] })
    for (const m of makers as { id: string; handle: string }[]) makerIds.set(m.handle, m.id)
  })

  describe("server-owned metadata", () => {
    it("a cart sent with forged metadata yields an order and a certificate with the true makers and amounts", async () => {
      // every store write that can carry metadata tries: cart creation (and its items), the cart
      // update, adding a line, changing a line
      const { data: created } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email: "buyer@example.kr",
          metadata: { ...forged, campaign: "autumn" },
          items: [{ variant_id: variants.get("NCG-JABAN-1"), quantity: 1, metadata: { ...forged, engraving: "고마워요" } }],
        },
        store
      )
      const cartId = created.cart.id as string
      expect(created.cart.metadata).toEqual({ campaign: "autumn" })
      expect(created.cart.items[0].metadata).toEqual({ engraving: "고마워요" })

      const { data: updated } = await api.post(`/store/carts/${cartId}`, { metadata: forged }, store)
      expect(updated.cart.metadata).toEqual({ campaign: "autumn" })
      const { data: added } = await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: variants.get("MSR-CHEONG-LEMON-500"), quantity: 1, metadata: { gift: forged.gift } },
        store
      )
      const jaban = added.cart.items.find((i: { variant_id: string }) => i.variant_id === variants.get("NCG-JABAN-1"))
      await api.post(`/store/carts/${cartId}/line-items/${jaban.id}`, { quantity: 2, metadata: { maker_shipping: forged.maker_shipping } }, store)

      // the order details are the server's to write, from validated input …
      const gift = { sender_name: "김주문", message: "건강하세요" }
      await api.post(`/store/carts/${cartId}/order-details`, { orderer_name: "김주문", orderer_phone: "01098765432", gift }, store)
      // … and a later forged write, an empty or a null metadata change none of them
      await api.post(`/store/carts/${cartId}`, { metadata: forged }, store)
      await api.post(`/store/carts/${cartId}`, { metadata: {} }, store)
      await api.post(`/store/carts/${cartId}`, { metadata: null }, store)
      await readyToComplete(cartId)
      const { data: cart } = await api.get(`/store/carts/${cartId}`, store)
      const details = { orderer_name: "김주문", orderer_phone: "010-9876-5432", delivery_note: null, gift: { ...gift, hide_prices: true } }
      expect(cart.cart.metadata).toEqual({ campaign: "autumn", ...details })
      for (const item of cart.cart.items) for (const k of Object.keys(forged)) expect(item.metadata ?? {}).not.toHaveProperty(k)

      const order = await completeCart(api, key, cartId)
      expect(await orderMetadata(order.id)).toEqual({ campaign: "autumn", ...details, maker_shipping: trueShipping() })
      expectTrueCertificate(await certificateOf(order.id), order)
      // a gift: the packing slip carries no prices, whatever the browser said
      const { data: slip } = await api.get(`/admin/orders/${order.id}/packing-slip`, admin)
      expect(JSON.stringify(slip)).not.toContain("unit_price")
      expect(JSON.stringify(slip)).toContain("건강하세요")
    })

    it("drops a payment session's data: providers read their own knobs from it", async () => {
      const { data } = await api.post("/store/carts", { region_id: regionId, email: "buyer@example.kr", items: [{ variant_id: variants.get("NCG-JABAN-1"), quantity: 1 }] }, store)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, store)
      const { data: session } = await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default", data: { paid_at: "2026-01-01T00:00:00.000Z", capture_method: "automatic" } },
        store
      )
      const [saved] = session.payment_collection.payment_sessions
      expect(saved.data ?? {}).not.toHaveProperty("paid_at")
      expect(saved.data ?? {}).not.toHaveProperty("capture_method")
    })

    it("replaces a maker_shipping the cart carries anyway (a cart from before the rule): the snapshot is always the server's", async () => {
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email: "buyer@example.kr",
          items: [
            { variant_id: variants.get("NCG-JABAN-1"), quantity: 2 },
            { variant_id: variants.get("MSR-CHEONG-LEMON-500"), quantity: 1 },
          ],
        },
        store
      )
      // written past the Store API, straight into the cart module
      await getContainer().resolve(Modules.CART).updateCarts(data.cart.id, { metadata: { maker_shipping: forged.maker_shipping } })
      await readyToComplete(data.cart.id)
      const order = await completeCart(api, key, data.cart.id)
      expect((await orderMetadata(order.id)).maker_shipping).toEqual(trueShipping())
      expectTrueCertificate(await certificateOf(order.id), order)
    })
  })

  describe("a sale is never lost to reporting", () => {
    it("a snapshot that fails once at checkout: the order is placed, and the order.placed subscriber fills both in", async () => {
      await armFault("attribution", 1)
      await armFault("shipping", 1)
      try {
        const order = await placeTwoMakerOrder()
        expect(order.display_id).toBeGreaterThan(0)
        await waitFor("the subscriber's snapshots", async () => (await rowsOf(order.id)).length > 0 && !!(await orderMetadata(order.id)).maker_shipping)
        // the checkout's attempt failed (the first of each), a later one wrote them
        expect(await attempts("attribution")).toBeGreaterThanOrEqual(2)
        expect(await attempts("shipping")).toBe(2)
        const rows = await rowsOf(order.id)
        expect(rows.reduce((s, r) => s + Number(r.amount), 0)).toBe(order.item_total)
        expect(new Set(rows.map((r) => r.maker_name))).toEqual(new Set(["내친구김", "맛사랑"]))
        expect((await orderMetadata(order.id)).maker_shipping).toEqual(trueShipping())
        expectTrueCertificate(await certificateOf(order.id), order)
      } finally {
        await disarmFault("attribution")
        await disarmFault("shipping")
      }
    })

    it("still failing for the subscriber: the reconciliation job fills it in once the store is back, and only once", async () => {
      await armFault("attribution", 2)
      let order: PlacedOrder
      try {
        order = await placeTwoMakerOrder()
        // checkout (1st) and the subscriber (2nd) both failed
        await waitFor("the subscriber's attempt", async () => (await attempts("attribution")) >= 2)
      } finally {
        await disarmFault("attribution")
      }
      expect(await rowsOf(order.id)).toEqual([])
      expect((await orderMetadata(order.id)).maker_shipping).toEqual(trueShipping())
      expect(await findOrdersLackingSnapshots(getContainer())).toEqual([order.id])

      await ensureOrderSnapshotsJob(getContainer())
      const rows = await rowsOf(order.id)
      expect(rows.reduce((s, r) => s + Number(r.amount), 0)).toBe(order.item_total)
      expect(rows.every((r) => r.canceled_at === null)).toBe(true)
      expect(await findOrdersLackingSnapshots(getContainer())).toEqual([])
      expectTrueCertificate(await certificateOf(order.id), order)

      await ensureOrderSnapshotsJob(getContainer())
      expect((await rowsOf(order.id)).length).toBe(rows.length)
    })

    it("an order canceled before its snapshot was filled in never counts as a sale", async () => {
      await armFault("attribution", 1000)
      let order: PlacedOrder
      try {
        order = await placeTwoMakerOrder()
        await waitFor("the subscriber's attempt", async () => (await attempts("attribution")) >= 2)
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      } finally {
        await disarmFault("attribution")
      }
      await ensureOrderSnapshotsJob(getContainer())
      const rows = await rowsOf(order.id)
      expect(rows.length).toBeGreaterThan(0)
      // written canceled as of the order's cancellation (the order.canceled subscriber, had it
      // found rows, would have stamped its own later time)
      const { canceled_at } = await getContainer().resolve(Modules.ORDER).retrieveOrder(order.id, { select: ["id", "canceled_at"] })
      expect(canceled_at).toBeTruthy()
      for (const row of rows) expect(new Date(row.canceled_at!).getTime()).toBe(new Date(canceled_at!).getTime())
      expect((await certificateOf(order.id)).makers.map((m) => m.name).sort()).toEqual(["내친구김", "맛사랑"])
    })
  })
})
