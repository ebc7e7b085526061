import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { seoulDate } from "../../backend/lib/dates/seoul-range"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { placeOrder } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"

type Figures = { orders: number; units: number; gross_amount: number; refunded_units: number; refunded_amount: number; net_amount: number }
type ReportLine = Figures & { maker_id: string; maker_name: string }
type Report = { makers: ReportLine[]; totals: Figures }

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let admin: { headers: Record<string, string> }
  const today = () => seoulDate(new Date())

  async function variantOf(handle: string, sku?: string) {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "variants.id", "variants.sku", "maker.id", "maker.name"],
      filters: { handle },
    })
    const product = data[0] as unknown as { variants: { id: string; sku: string }[]; maker: { id: string; name: string } }
    const variant = sku ? product.variants.find((v) => v.sku === sku)! : product.variants[0]
    return { variant_id: variant.id, maker: product.maker }
  }

  async function report(from = today(), to = today()): Promise<Report> {
    const { data } = await api.get(`/admin/reports/maker-sales?from=${from}&to=${to}`, admin)
    return data
  }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
  })

  describe("order-time attribution and the per-maker report", () => {
    it("reconciles to the won with the orders' item totals, per maker and in total", async () => {
      const giftSet = await variantOf("naechingu-gim-gift-set")
      const flakes = await variantOf("naechingu-gim-jaban", "NCG-JABAN-2")
      const other = await variantOf("jaemina-cork-trivet-kit")
      const first = await placeOrder(api, key, regionId, [
        { variant_id: giftSet.variant_id, quantity: 2 },
        { variant_id: other.variant_id, quantity: 1 },
      ])
      const second = await placeOrder(api, key, regionId, [{ variant_id: flakes.variant_id, quantity: 3 }])

      const { makers, totals } = await report()
      expect(totals.gross_amount).toBe(first.item_total + second.item_total)
      expect(totals.orders).toBe(2)
      expect(totals.units).toBe(6)
      expect(makers.reduce((s, m) => s + m.gross_amount, 0)).toBe(totals.gross_amount)

      const naechingu = makers.find((m) => m.maker_id === giftSet.maker.id)!
      expect(naechingu.gross_amount).toBe(2 * 20000 + 3 * 5000)
      expect(naechingu.orders).toBe(2)
      expect(naechingu.units).toBe(5)
      const craft = makers.find((m) => m.maker_id === other.maker.id)!
      expect(craft.orders).toBe(1)
      for (const m of makers) expect(Number.isInteger(m.gross_amount)).toBe(true)
    })

    it("keeps the maker snapshot when the maker is renamed after the order", async () => {
      const giftSet = await variantOf("naechingu-gim-gift-set")
      const order = await placeOrder(api, key, regionId, [{ variant_id: giftSet.variant_id, quantity: 1 }])
      const oldName = giftSet.maker.name

      const renamed = await api.post(`/admin/makers/${giftSet.maker.id}`, { name: "내친구김 협동조합" }, admin)
      expect(renamed.data.maker.name).toBe("내친구김 협동조합")

      const before = (await report()).makers.find((m) => m.maker_id === giftSet.maker.id)!
      expect(before.maker_name).toBe(oldName)
      expect(before.gross_amount).toBe(20000)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: rows } = await query.graph({
        entity: "line_attribution",
        fields: ["maker_name", "maker_business_registration_number", "amount"],
        filters: { order_id: order.id },
      })
      expect(rows.map((r) => r.maker_name)).toEqual([oldName])

      await placeOrder(api, key, regionId, [{ variant_id: giftSet.variant_id, quantity: 1 }])
      const after = (await report()).makers.find((m) => m.maker_id === giftSet.maker.id)!
      expect(after.gross_amount).toBe(40000)
      expect(after.orders).toBe(2)
      expect(after.maker_name).toBe("내친구김 협동조합")
    })

    it("nets canceled orders to zero (sold, then taken back) and leaves out orders outside the Seoul date range", async () => {
      const item = await variantOf("naechingu-gim-gift-set")
      const kept = await placeOrder(api, key, regionId, [{ variant_id: item.variant_id, quantity: 1 }])
      const canceled = await placeOrder(api, key, regionId, [{ variant_id: item.variant_id, quantity: 4 }])
      await api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin)
      // the cancel subscriber runs after the response: wait until the report reflects it
      let totals = (await report()).totals
      for (let i = 0; i < 50 && totals.net_amount !== kept.item_total; i++) {
        await new Promise((r) => setTimeout(r, 100))
        totals = (await report()).totals
      }
      expect(totals.net_amount).toBe(kept.item_total)
      expect(totals.gross_amount).toBe(kept.item_total + canceled.item_total)
      expect(totals.refunded_amount).toBe(-canceled.item_total)
      expect(totals.refunded_units).toBe(4)
      const tomorrow = seoulDate(new Date(Date.now() + 24 * 3600 * 1000))
      expect((await report(tomorrow, tomorrow)).totals).toEqual({ orders: 0, units: 0, gross_amount: 0, refunded_units: 0, refunded_amount: 0, net_amount: 0 })
    })

    it("rejects malformed or inverted date ranges with a 400", async () => {
      for (const qs of ["from=2026-13-01&to=2026-13-02", "from=2026-11-30&to=2026-11-01", "from=yesterday&to=today", "to=2026-11-01"]) {
        const res = await responseOf(api.get(`/admin/reports/maker-sales?${qs}`, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toBeTruthy()
      }
    })
  })
})
