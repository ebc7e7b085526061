// 특판 할인 보전 (issue #13 point 3) end to end, through HTTP on real Postgres: a live 특판전 whose
// 20% discount the center bears on one maker's product (A), a normal product of another maker (B)
// in the same order → campaign_sale rows (ensure-order-snapshots) → paid, shipped, 구매확정 →
// refreshed drafts: A's statement has the sale at the 특판가 and a 특판 할인 보전 line equal to the
// discount given, to the won, with no fee on it; B's has none. The expectation is computed here
// from the store's own prices before the campaign and the order's unit prices.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { CAMPAIGNS_MODULE } from "../../backend/modules/campaigns"
import type CampaignsModuleService from "../../backend/modules/campaigns/service"
import { SHIPMENTS_MODULE } from "../../backend/modules/shipments"
import type ShipmentsModuleService from "../../backend/modules/shipments/service"
import { periodOf } from "../../backend/modules/settlement/utils/periods"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { ensureOrderSnapshotsWorkflow } from "../../backend/workflows/orders/workflows/ensure-order-snapshots"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { completeCart, prepareCart } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"
import { poll } from "./utils/poll"

vi.setConfig({ testTimeout: 600_000 })

type Who = "a" | "b"
type Line = { kind: string; kind_label: string; order_id: string | null; line_item_id: string | null; amount: number; rate_bp: number | null; label: string }
type Statement = { id: string; maker_id: string; sales_amount: number; fee_amount: number; subsidy_amount: number; net_sales_amount: number; balance_amount: number; payout_amount: number }

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let admin: { headers: Record<string, string> }
  const variant = {} as Record<Who, { id: string; product_id: string }>
  const maker = {} as Record<Who, string>
  const regular = {} as Record<Who, number>
  const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  async function parcelsOf(orderId: string) {
    const { data } = await query().graph({ entity: "parcel", fields: ["id", "maker_id", "status"], filters: { order_id: orderId } })
    return data as unknown as { id: string; maker_id: string; status: string }[]
  }

  async function storePrice(who: Who) {
    const { data } = await api.get(`/store/products/${variant[who].product_id}?region_id=${regionId}&fields=*variants.calculated_price`, store())
    const v = data.product.variants.find((x: { id: string }) => x.id === variant[who].id)
    return v.calculated_price.calculated_amount as number
  }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    const { data } = await query().graph({ entity: "product_variant", fields: ["id", "sku", "product_id", "product.maker.id"], filters: { sku: ["NCG-JABAN-1", "MSR-CHEONG-LEMON-500"] } })
    for (const v of data as unknown as { id: string; sku: string; product_id: string; product: { maker: { id: string } } }[]) {
      const who = v.sku === "NCG-JABAN-1" ? "a" : "b"
      variant[who] = { id: v.id, product_id: v.product_id }
      maker[who] = v.product.maker.id
    }
    // an odd 정가, so 20% off is not whole and the campaign's rounding shows in the discount
    await api.post(`/admin/products/${variant.a.product_id}/variants/${variant.a.id}`, { prices: [{ currency_code: "krw", amount: 2_999 }] }, admin)
    regular.a = await storePrice("a")
    regular.b = await storePrice("b")
  }, 600_000)

  describe("a 특판전 whose discount the center bears", () => {
    it("pays the maker the discount given as 특판 할인 보전 once the parcel is confirmed, without a fee; the other maker gets none", async () => {
      const created = await responseOf<{ campaign: { id: string } }>(
        api.post(
          "/admin/sale-campaigns",
          {
            title: "센터 부담 특판전 (테스트)", handle: "test-center-subsidy", host_center: "경남광역자활센터",
            starts_at: new Date(Date.now() - 60_000).toISOString(), ends_at: new Date(Date.now() + 3 * 3600_000).toISOString(),
            discount_bearer: "center",
            items: [{ product_id: variant.a.product_id, discount_type: "percent", discount_value: 20 }],
          },
          admin
        )
      )
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      const campaignId = created.data.campaign.id
      const published = await responseOf(api.post(`/admin/sale-campaigns/${campaignId}/publish`, {}, admin))
      expect(published.status, JSON.stringify(published.data)).toBe(200)
      const salePrice = await poll("the 특판가 in the store", async () => {
        const price = await storePrice("a")
        return price < regular.a ? price : undefined
      })

      // an order of both makers, paid by 무통장입금 (staff capture)
      const cartId = await prepareCart(api, key, regionId, [{ variant_id: variant.a.id, quantity: 3 }, { variant_id: variant.b.id, quantity: 1 }], BANK_TRANSFER_PROVIDER_ID)
      const order = await completeCart(api, key, cartId)
      const lineA = (order.items as { id: string; unit_price: number; quantity: number; variant_id?: string }[]).find((i) => i.unit_price === salePrice)!
      expect(lineA.quantity).toBe(3)
      const given = (regular.a - salePrice) * 3
      expect(given).toBeGreaterThan(0)

      // the order.placed subscriber runs ensure-order-snapshots too: wait for its rows (a second run
      // at the same moment would trip the unique line index), then run it again as the job does
      const campaigns: CampaignsModuleService = getContainer().resolve(CAMPAIGNS_MODULE)
      await poll("the campaign sales", async () => ((await campaigns.listCampaignSales({ order_id: order.id })).length ? true : undefined))
      await ensureOrderSnapshotsWorkflow(getContainer()).run({ input: { order_id: order.id } })
      const sales = await campaigns.listCampaignSales({ order_id: order.id })
      expect(sales.map((s) => [s.line_item_id, s.discount_bearer, s.regular_unit_price, s.sale_unit_price])).toEqual([[lineA.id, "center", regular.a, salePrice]])

      const { data } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      const payment = (data[0] as unknown as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0].payments[0]
      expect((await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)).status).toBe(200)
      const parcels = await poll("both makers' parcels", async () => {
        const rows = await parcelsOf(order.id)
        return rows.length === 2 ? rows : undefined
      })
      const { data: lookup } = await api.post("/store/order-lookup", { order_number: order.display_id, email: "buyer@example.kr" }, store())
      const shipments: ShipmentsModuleService = getContainer().resolve(SHIPMENTS_MODULE)

      // before 구매확정 nothing of the campaign line counts
      await shipments.updateParcels(parcels.map((p) => ({ id: p.id, status: "shipped" as const, shipped_at: new Date(), carrier: "cj", tracking_number: "123456789012" })))
      expect((await api.post("/admin/settlements/refresh", {}, admin)).status).toBe(200)
      const period = periodOf(new Date(), "monthly")
      const statementsOf = async (who: Who) =>
        ((await api.get(`/admin/settlements?period=${period}`, admin)).data.statements as Statement[]).filter((s) => s.maker_id === maker[who])
      expect(await statementsOf("a")).toEqual([])

      for (const p of parcels) {
        const confirmed = await responseOf(api.post(`/store/orders/${order.id}/parcels/${p.id}/confirm`, {}, store({ "x-order-token": lookup.access_token })))
        expect(confirmed.status, JSON.stringify(confirmed.data)).toBe(200)
      }
      expect((await api.post("/admin/settlements/refresh", {}, admin)).status).toBe(200)

      const [a] = await statementsOf("a")
      const detailA = (await api.get(`/admin/settlements/${a.id}`, admin)).data as { statement: Statement; lines: Line[] }
      const { data: rows } = await query().graph({ entity: "line_attribution", fields: ["line_item_id", "maker_id", "amount"], filters: { order_id: order.id } })
      const soldA = Number((rows as unknown as { line_item_id: string; maker_id: string; amount: number }[]).find((r) => r.line_item_id === lineA.id)!.amount)
      expect(soldA).toBe(salePrice * 3) // no code: the sale is the 특판가 × 3
      const saleLine = detailA.lines.find((l) => l.kind === "sale" && l.line_item_id === lineA.id)!
      expect(saleLine.amount).toBe(salePrice * 3)
      const subsidyLines = detailA.lines.filter((l) => l.kind === "subsidy")
      expect(subsidyLines).toEqual([
        expect.objectContaining({ kind_label: "특판 할인 보전", order_id: order.id, line_item_id: lineA.id, amount: given, rate_bp: null }),
      ])
      // no fee on the subsidy: the only fee line is the sale's
      const fees = detailA.lines.filter((l) => l.kind === "fee")
      expect(fees.reduce((s, l) => s + l.amount, 0)).toBe(detailA.statement.fee_amount)
      expect(a.subsidy_amount).toBe(given)
      expect(a.balance_amount).toBe(a.net_sales_amount + given + a.fee_amount)
      expect(a.payout_amount).toBe(a.balance_amount)

      const [b] = await statementsOf("b")
      expect(b.subsidy_amount).toBe(0)
      const detailB = (await api.get(`/admin/settlements/${b.id}`, admin)).data as { lines: Line[] }
      expect(detailB.lines.filter((l) => l.kind === "subsidy")).toEqual([])
      expect(detailB.lines.find((l) => l.kind === "sale")?.amount).toBe(regular.b)

      // the staff CSV carries the label and the total
      const csv = await api.get(`/admin/settlements/${a.id}/export?format=csv`, { ...admin, responseType: "arraybuffer" })
      expect(Buffer.from(csv.data as ArrayBuffer).toString("utf8")).toContain("특판 할인 보전")
    })
  })
})
