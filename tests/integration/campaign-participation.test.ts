import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { CAMPAIGNS_MODULE } from "../../backend/modules/campaigns"
import type CampaignsModuleService from "../../backend/modules/campaigns/service"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { placeOrder } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"
import { HANGUL, poll } from "./utils/poll"
import { createSellerAccount, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }
type Variant = { id: string; sku: string; product_id: string; maker_id: string }
type SellerItem = { id: string; product_id: string; state: string; state_label: string; decline_reason: string | null }
type SellerCampaign = { id: string; call_open: boolean; items: SellerItem[] }

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let admin: Headers
  let sellerA: Headers
  let sellerB: Headers
  const store = () => ({ headers: { "x-publishable-api-key": key } })
  const campaigns = () => getContainer().resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)
  const variants = new Map<string, Variant>()

  // maker A (내친구김) proposes its 자반 and 전장김; maker B owns the 레몬청
  const JABAN = "NCG-JABAN-1"
  const JEONJANG = "NCG-JEONJANG-1"
  const CHEONG = "MSR-CHEONG-LEMON-500"
  const product = (sku: string) => variants.get(sku)!.product_id

  const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString()
  const HOUR = 3_600_000

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "product_id", "product.maker.id"], filters: { sku: [JABAN, JEONJANG, CHEONG] } })
    for (const v of data as unknown as { id: string; sku: string; product_id: string; product: { maker: { id: string } } }[]) {
      variants.set(v.sku, { id: v.id, sku: v.sku, product_id: v.product_id, maker_id: v.product.maker.id })
    }
    expect(variants.get(JABAN)!.maker_id).toBe(variants.get(JEONJANG)!.maker_id)
    expect(variants.get(CHEONG)!.maker_id).not.toBe(variants.get(JABAN)!.maker_id)
    // 20% off 2,999원 is 2,399.2원: the accepted proposal sells it for 2,399원
    const jaban = variants.get(JABAN)!
    await api.post(`/admin/products/${jaban.product_id}/variants/${jaban.id}`, { prices: [{ currency_code: "krw", amount: 2_999 }] }, admin)
    await createSellerAccount(getContainer(), { maker_id: jaban.maker_id, email: "owner-a@example.kr" })
    await createSellerAccount(getContainer(), { maker_id: variants.get(CHEONG)!.maker_id, email: "owner-b@example.kr" })
    sellerA = await sellerHeaders(api, "owner-a@example.kr", "jahwal1234")
    sellerB = await sellerHeaders(api, "owner-b@example.kr", "jahwal1234")
  }, 300_000)

  async function storePrice(sku: string) {
    const v = variants.get(sku)!
    const { data } = await api.get(`/store/products/${v.product_id}?region_id=${regionId}&fields=*variants.calculated_price`, store())
    const variant = data.product.variants.find((x: { id: string }) => x.id === v.id)
    return variant.calculated_price as { calculated_amount: number; calculated_price?: { price_list_type?: string | null } }
  }

  async function createCampaign(handle: string, body: Record<string, unknown>) {
    const { data } = await api.post("/admin/sale-campaigns", { title: `참여 ${handle}`, handle, host_center: "경남광역자활센터", ...body }, admin)
    return data.campaign as { id: string; call_open: boolean; call_starts_at_kst: string | null }
  }

  async function sellerCampaign(headers: Headers, id: string): Promise<SellerCampaign | undefined> {
    const { data } = await api.get("/seller/campaigns", headers)
    return (data.campaigns as SellerCampaign[]).find((c) => c.id === id)
  }

  const itemRows = async (campaign_id: string) =>
    (await campaigns().listSaleCampaignItems({ campaign_id }, { select: ["id", "product_id", "state", "discount_value", "decline_reason"] })).map((i) => ({ ...i }))

  describe("the call window (staff fields)", () => {
    it("refuses a call that ends after the campaign, runs backwards or has one end only, in Korean, and writes nothing", async () => {
      const window = { starts_at: isoIn(24 * HOUR), ends_at: isoIn(48 * HOUR) }
      const [, before] = await campaigns().listAndCountSaleCampaigns({}, { withDeleted: true })
      for (const call of [
        { call_starts_at: isoIn(0), call_ends_at: isoIn(49 * HOUR) },
        { call_starts_at: isoIn(2 * HOUR), call_ends_at: isoIn(HOUR) },
        { call_starts_at: isoIn(0) },
        { call_starts_at: "어제", call_ends_at: isoIn(HOUR) },
      ]) {
        const res = await responseOf(api.post("/admin/sale-campaigns", { title: "잘못된 신청 기간", handle: "bad-call", host_center: "센터", ...window, ...call }, admin))
        expect(res.status, JSON.stringify(call)).toBe(400)
        expect(res.data.message).toMatch(HANGUL)
      }
      const [, after] = await campaigns().listAndCountSaleCampaigns({}, { withDeleted: true })
      expect(after).toBe(before)

      // a call in Korean wall time, ending exactly at the campaign's end, is fine; clearing it too
      const ok = await createCampaign("call-kst", { starts_at: "2030-05-03T10:00", ends_at: "2030-05-03T17:00", call_starts_at: "2030-04-01T09:00", call_ends_at: "2030-05-03T17:00", call_note: "대표 상품 위주로 신청해 주세요" })
      expect(ok.call_starts_at_kst).toBe("2030-04-01 09:00")
      const { data: cleared } = await api.post(`/admin/sale-campaigns/${ok.id}`, { call_starts_at: null, call_ends_at: null }, admin)
      expect(cleared.campaign.call_starts_at).toBeNull()
      expect(cleared.campaign.call_open).toBe(false)
    })
  })

  describe("maker proposals", () => {
    it("A proposes during the call, staff accept (re-priced) or decline with a reason; B sees none of A's items or results", async () => {
      const campaign = await createCampaign("participation-live", {
        starts_at: isoIn(-60_000), ends_at: isoIn(2 * HOUR), call_starts_at: isoIn(-60_000), call_ends_at: isoIn(HOUR), call_note: "1인 한도는 자유롭게 정하세요",
      })
      await api.post(`/admin/sale-campaigns/${campaign.id}/publish`, {}, admin)
      expect(campaign.call_open).toBe(true)

      // both makers see the open call, with no items yet
      expect((await sellerCampaign(sellerA, campaign.id))?.items).toEqual([])
      expect((await sellerCampaign(sellerB, campaign.id))?.items).toEqual([])
      const { data: detail } = await api.get(`/seller/campaigns/${campaign.id}`, sellerA)
      expect(detail.campaign.call_note).toBe("1인 한도는 자유롭게 정하세요")
      expect(detail.proposable.map((p: { id: string }) => p.id)).toContain(product(JABAN))
      expect(detail.proposable.map((p: { id: string }) => p.id)).not.toContain(product(CHEONG))

      // bad proposals: Korean 400/404 and nothing written
      const bad = async (items: unknown[], status: number) => {
        const res = await responseOf(api.post(`/seller/campaigns/${campaign.id}/proposals`, { items }, sellerA))
        expect(res.status, JSON.stringify(items)).toBe(status)
        expect(res.data.message).toMatch(HANGUL)
        return res
      }
      const foreign = await bad([{ product_id: product(CHEONG), discount_type: "percent", discount_value: 10 }], 404)
      const unknown = await bad([{ product_id: "prod_does_not_exist", discount_type: "percent", discount_value: 10 }], 404)
      expect(foreign.data.message).toBe(unknown.data.message) // B's product is not confirmed to exist
      // one good item does not carry another maker's product in with it
      await bad([{ product_id: product(JABAN), discount_type: "percent", discount_value: 20 }, { product_id: product(CHEONG), discount_type: "percent", discount_value: 10 }], 404)
      await bad([{ product_id: product(JABAN), discount_type: "percent", discount_value: 100 }], 400)
      await bad([{ product_id: product(JABAN), discount_type: "percent", discount_value: 12.5 }], 400)
      await bad([{ product_id: product(JABAN), discount_type: "fixed_price", discount_value: 2_999 }], 400)
      await bad([{ product_id: product(JABAN), discount_type: "fixed_price", discount_value: 1_999.5 }], 400)
      await bad([{ product_id: product(JABAN), discount_type: "percent", discount_value: 20, state: "accepted" }], 400)
      await bad([], 400)
      expect(await itemRows(campaign.id)).toEqual([])

      // a good one waits (대기) and is not priced
      const { data: proposed } = await api.post(`/seller/campaigns/${campaign.id}/proposals`, { items: [{ product_id: product(JABAN), discount_type: "percent", discount_value: 20, per_customer_limit: 3 }] }, sellerA)
      const jabanItem = (proposed.campaign.items as SellerItem[]).find((i) => i.product_id === product(JABAN))!
      expect(jabanItem).toMatchObject({ state: "proposed", state_label: "대기" })
      expect((await storePrice(JABAN)).calculated_amount).toBe(2_999)
      await bad([{ product_id: product(JABAN), discount_type: "percent", discount_value: 30 }], 400) // already proposed

      // staff see it and accept: the published campaign is re-priced at once
      const { data: staffView } = await api.get(`/admin/sale-campaigns/${campaign.id}`, admin)
      expect(staffView.campaign.items.find((i: { id: string }) => i.id === jabanItem.id).state).toBe("proposed")
      await api.post(`/admin/sale-campaigns/${campaign.id}/items/${jabanItem.id}/accept`, {}, admin)
      const price = await storePrice(JABAN)
      expect(price.calculated_amount).toBe(2_399)
      expect(price.calculated_price?.price_list_type).toBe("sale")
      expect((await sellerCampaign(sellerA, campaign.id))?.items.find((i) => i.id === jabanItem.id)).toMatchObject({ state: "accepted", state_label: "승인" })
      // a decided proposal cannot be decided again or withdrawn
      expect((await responseOf(api.post(`/admin/sale-campaigns/${campaign.id}/items/${jabanItem.id}/decline`, {}, admin))).status).toBe(400)
      const withdrawAccepted = await responseOf(api.delete(`/seller/campaigns/${campaign.id}/proposals/${jabanItem.id}`, sellerA))
      expect(withdrawAccepted.status).toBe(400)
      expect(withdrawAccepted.data.message).toMatch(HANGUL)

      // another proposal declined with a reason: A reads it, B does not
      const { data: second } = await api.post(`/seller/campaigns/${campaign.id}/proposals`, { items: [{ product_id: product(JEONJANG), discount_type: "percent", discount_value: 5 }] }, sellerA)
      const jeonjang = (second.campaign.items as SellerItem[]).find((i) => i.product_id === product(JEONJANG))!
      await api.post(`/admin/sale-campaigns/${campaign.id}/items/${jeonjang.id}/decline`, { reason: "할인율을 10% 이상으로 다시 신청해 주세요" }, admin)
      const { data: mine } = await api.get(`/seller/campaigns/${campaign.id}`, sellerA)
      expect(mine.campaign.items.find((i: SellerItem) => i.id === jeonjang.id)).toMatchObject({ state: "declined", state_label: "거절", decline_reason: "할인율을 10% 이상으로 다시 신청해 주세요" })

      // proposed again (the declined item reopens), then withdrawn
      await api.post(`/seller/campaigns/${campaign.id}/proposals`, { items: [{ product_id: product(JEONJANG), discount_type: "percent", discount_value: 10 }] }, sellerA)
      expect((await itemRows(campaign.id)).find((i) => i.id === jeonjang.id)).toMatchObject({ state: "proposed", discount_value: 10, decline_reason: null })
      await api.delete(`/seller/campaigns/${campaign.id}/proposals/${jeonjang.id}`, sellerA)
      expect((await itemRows(campaign.id)).map((i) => i.id)).toEqual([jabanItem.id])

      // a sale at the accepted price shows in A's results only
      const order = await placeOrder(api, key, regionId, [{ variant_id: variants.get(JABAN)!.id, quantity: 2 }])
      expect(order.items[0].unit_price).toBe(2_399)
      await poll("the campaign sale", async () => ((await campaigns().listCampaignSales({ order_id: order.id })).length ? true : undefined))
      const { data: resultsA } = await api.get(`/seller/campaigns/${campaign.id}/results`, sellerA)
      expect(resultsA.totals).toMatchObject({ orders: 1, units: 2, revenue: order.item_total, discount: 2 * 600 })
      expect(resultsA.makers.map((m: { maker_id: string }) => m.maker_id)).toEqual([variants.get(JABAN)!.maker_id])

      // B: the open call, but none of A's items, reasons or results
      const bList = await api.get("/seller/campaigns", sellerB)
      const bDetail = await api.get(`/seller/campaigns/${campaign.id}`, sellerB)
      const bResults = await api.get(`/seller/campaigns/${campaign.id}/results`, sellerB)
      for (const res of [bList, bDetail, bResults]) {
        const text = JSON.stringify(res.data)
        for (const leak of [jabanItem.id, jeonjang.id, product(JABAN), product(JEONJANG), "할인율을 10%", order.id]) expect(text).not.toContain(leak)
      }
      expect(bResults.data.totals).toEqual({ orders: 0, units: 0, revenue: 0, discount: 0 })
      expect((await responseOf(api.delete(`/seller/campaigns/${campaign.id}/proposals/${jabanItem.id}`, sellerB))).status).toBe(404)

      // staff's item editor keeps makers' proposals (ids and states) when it saves its own list
      const { data: third } = await api.post(`/seller/campaigns/${campaign.id}/proposals`, { items: [{ product_id: product(JEONJANG), discount_type: "percent", discount_value: 15 }] }, sellerA)
      const pending = (third.campaign.items as SellerItem[]).find((i) => i.product_id === product(JEONJANG))!
      await api.post(`/admin/sale-campaigns/${campaign.id}/items`, { items: [{ product_id: product(JABAN), discount_type: "percent", discount_value: 20 }] }, admin)
      const saved = await itemRows(campaign.id)
      expect(saved.find((i) => i.product_id === product(JEONJANG))).toMatchObject({ id: pending.id, state: "proposed" })
      expect(saved.find((i) => i.product_id === product(JABAN))).toMatchObject({ state: "accepted" })
      expect((await storePrice(JABAN)).calculated_amount).toBe(2_399)
    }, 600_000)

    it("outside the call: a visible campaign refuses proposals in Korean (400), an unseen one is 404; an overlapping accept is a Korean 400", async () => {
      // staff already put A's 자반 in this one; the call is over, so A sees it but cannot propose
      const closed = await createCampaign("participation-closed", {
        starts_at: isoIn(24 * HOUR), ends_at: isoIn(48 * HOUR), call_starts_at: isoIn(-2 * HOUR), call_ends_at: isoIn(-HOUR),
        items: [{ product_id: product(JABAN), discount_type: "percent", discount_value: 10 }],
      })
      expect(await sellerCampaign(sellerA, closed.id)).toMatchObject({ call_open: false })
      const late = await responseOf(api.post(`/seller/campaigns/${closed.id}/proposals`, { items: [{ product_id: product(JEONJANG), discount_type: "percent", discount_value: 10 }] }, sellerA))
      expect(late.status, JSON.stringify(late.data)).toBe(400)
      expect(late.data.message).toContain("참여 신청 기간")
      // B has nothing in it and there is no open call: not even told it exists
      const unseen = await responseOf(api.post(`/seller/campaigns/${closed.id}/proposals`, { items: [{ product_id: product(CHEONG), discount_type: "percent", discount_value: 10 }] }, sellerB))
      expect(unseen.status, JSON.stringify(unseen.data)).toBe(404)
      expect((await responseOf(api.get(`/seller/campaigns/${closed.id}`, sellerB))).status).toBe(404)
      expect((await responseOf(api.get(`/seller/campaigns/${closed.id}/results`, sellerB))).status).toBe(404)
      const upcoming = await createCampaign("participation-upcoming", { starts_at: isoIn(24 * HOUR), ends_at: isoIn(48 * HOUR), call_starts_at: isoIn(HOUR), call_ends_at: isoIn(2 * HOUR) })
      expect((await responseOf(api.post(`/seller/campaigns/${upcoming.id}/proposals`, { items: [{ product_id: product(JABAN), discount_type: "percent", discount_value: 10 }] }, sellerA))).status).toBe(404)
      expect(await itemRows(upcoming.id)).toEqual([])

      // (each test starts from the file's seeded state) 자반 in a live published campaign, by staff:
      // accepting A's proposal of it into an overlapping published campaign is refused
      const first = await createCampaign("participation-first", { starts_at: isoIn(-60_000), ends_at: isoIn(2 * HOUR), items: [{ product_id: product(JABAN), discount_type: "percent", discount_value: 20 }] })
      await api.post(`/admin/sale-campaigns/${first.id}/publish`, {}, admin)
      const overlapping = await createCampaign("participation-overlap", { starts_at: isoIn(-60_000), ends_at: isoIn(3 * HOUR), call_starts_at: isoIn(-60_000), call_ends_at: isoIn(HOUR) })
      await api.post(`/admin/sale-campaigns/${overlapping.id}/publish`, {}, admin)
      const { data } = await api.post(`/seller/campaigns/${overlapping.id}/proposals`, { items: [{ product_id: product(JABAN), discount_type: "percent", discount_value: 30 }] }, sellerA)
      const item = (data.campaign.items as SellerItem[])[0]
      const lists = async () => (await getContainer().resolve(Modules.PRICING).listPriceLists({}, { take: null, withDeleted: true })).length
      const listsBefore = await lists()
      const refused = await responseOf(api.post(`/admin/sale-campaigns/${overlapping.id}/items/${item.id}/accept`, {}, admin))
      expect(refused.status, JSON.stringify(refused.data)).toBe(400)
      expect(refused.data.message).toContain("기간이 겹치는")
      expect((await itemRows(overlapping.id))[0]).toMatchObject({ id: item.id, state: "proposed" })
      expect(await lists()).toBe(listsBefore)
      expect((await storePrice(JABAN)).calculated_amount).toBe(2_399)
    }, 600_000)
  })
})
