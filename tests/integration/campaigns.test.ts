import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { CAMPAIGNS_MODULE } from "../../backend/modules/campaigns"
import type CampaignsModuleService from "../../backend/modules/campaigns/service"
import { ensureOrderSnapshotsWorkflow } from "../../backend/workflows/orders/workflows/ensure-order-snapshots"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { completeCart, placeOrder, prepareCart } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"
import { HANGUL, poll } from "./utils/poll"

type Variant = { id: string; sku: string; product_id: string }
type Sale = { line_item_id: string; order_id: string; campaign_id: string; maker_id: string; quantity: number; regular_unit_price: number; sale_unit_price: number; line_total: number }

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let admin: { headers: Record<string, string> }
  const store = () => ({ headers: { "x-publishable-api-key": key } })
  const campaigns = () => getContainer().resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)
  const variants = new Map<string, Variant>()
  const makerOf = new Map<string, string>()

  // JABAN-1 gets an odd price: 20% off 2,999원 is 2,399.2원, the campaign sells it for 2,399원
  const JABAN = "NCG-JABAN-1"
  const CHEONG = "MSR-CHEONG-LEMON-500"
  const JEONJANG = "NCG-JEONJANG-1"

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "product_id", "product.maker.id"], filters: { sku: [JABAN, CHEONG, JEONJANG] } })
    for (const v of data as unknown as (Variant & { product: { maker: { id: string } } })[]) {
      variants.set(v.sku, v)
      makerOf.set(v.product_id, v.product.maker.id)
    }
    const jaban = variants.get(JABAN)!
    await api.post(`/admin/products/${jaban.product_id}/variants/${jaban.id}`, { prices: [{ currency_code: "krw", amount: 2_999 }] }, admin)
  })

  async function storePrice(sku: string) {
    const v = variants.get(sku)!
    const { data } = await api.get(`/store/products/${v.product_id}?region_id=${regionId}&fields=*variants.calculated_price`, store())
    const variant = data.product.variants.find((x: { id: string }) => x.id === v.id)
    return variant.calculated_price as { calculated_amount: number; original_amount: number; calculated_price?: { price_list_type?: string | null } }
  }

  /** The product's hit in GET /store/search for its own title: the price a shopper sees there. */
  async function searchHit(sku: string) {
    const v = variants.get(sku)!
    const { data: p } = await api.get(`/store/products/${v.product_id}?fields=title`, store())
    const { data } = await api.get(`/store/search?q=${encodeURIComponent(p.product.title)}`, store())
    const hit = data.hits.find((h: { id: string }) => h.id === v.product_id)
    expect(hit, `search hit for ${p.product.title}`).toBeDefined()
    return hit as { price: number; regular_price: number | null }
  }

  const cartLine = async (cartId: string, sku: string) => {
    const { data } = await api.get(`/store/carts/${cartId}`, store())
    return data.cart.items.find((i: { variant_id: string }) => i.variant_id === variants.get(sku)!.id) as { unit_price: number }
  }

  async function createCampaign(body: Record<string, unknown>) {
    const { data } = await api.post("/admin/sale-campaigns", body, admin)
    return data.campaign as { id: string; handle: string; status: string; phase: string }
  }

  const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString()

  async function writtenState() {
    const [, count] = await campaigns().listAndCountSaleCampaigns({}, { withDeleted: true })
    const lists = await getContainer().resolve(Modules.PRICING).listPriceLists({}, { take: null, withDeleted: true })
    return { campaigns: count, priceLists: lists.length }
  }

  describe("bad input is a Korean 400 and writes nothing", () => {
    const base = () => ({
      title: "잘못된 특판전",
      handle: `bad-${Math.random().toString(36).slice(2, 8)}`,
      host_center: "경남광역자활센터",
      starts_at: "2030-05-03T10:00",
      ends_at: "2030-05-03T17:00",
    })
    const item = (sku: string, extra: Record<string, unknown> = {}) => ({ product_id: variants.get(sku)!.product_id, discount_type: "percent", discount_value: 20, ...extra })

    it.each([
      ["a window ending before it starts", () => ({ ...base(), ends_at: "2030-05-03T09:00" })],
      ["a window of no length", () => ({ ...base(), ends_at: "2030-05-03T10:00" })],
      ["an unreadable time", () => ({ ...base(), starts_at: "5월 3일 10시" })],
      ["100% off", () => ({ ...base(), items: [item(JABAN, { discount_value: 100 })] })],
      ["a negative discount", () => ({ ...base(), items: [item(JABAN, { discount_value: -5 })] })],
      ["no discount", () => ({ ...base(), items: [item(JABAN, { discount_value: 0 })] })],
      ["a fractional percentage", () => ({ ...base(), items: [item(JABAN, { discount_value: 12.5 })] })],
      ["a fraction of a won", () => ({ ...base(), items: [item(JABAN, { discount_type: "fixed_price", discount_value: 1999.5 })] })],
      ["a 특판가 not below the regular price", () => ({ ...base(), items: [item(JABAN, { discount_type: "fixed_price", discount_value: 2_999 })] })],
      ["an unknown product", () => ({ ...base(), items: [{ product_id: "prod_does_not_exist", discount_type: "percent", discount_value: 10 }] })],
      ["a split without the maker's share", () => ({ ...base(), discount_bearer: "split" })],
    ])("%s", async (_name, body) => {
      const before = await writtenState()
      const res = await responseOf(api.post("/admin/sale-campaigns", body(), admin))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(HANGUL)
      expect(await writtenState()).toEqual(before)
    })

    it("refuses a product of a suspended maker", async () => {
      const makerId = makerOf.get(variants.get(CHEONG)!.product_id)!
      await api.post(`/admin/makers/${makerId}`, { status: "suspended" }, admin)
      try {
        const before = await writtenState()
        const res = await responseOf(api.post("/admin/sale-campaigns", { ...base(), items: [item(CHEONG)] }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("판매 중지")
        expect(await writtenState()).toEqual(before)
      } finally {
        await api.post(`/admin/makers/${makerId}`, { status: "active" }, admin)
      }
    })

    it("refuses publishing a product already in an overlapping published campaign (Medusa would let the older list win)", async () => {
      const first = await createCampaign({ ...base(), items: [item(JEONJANG, { discount_value: 10 })] })
      await api.post(`/admin/sale-campaigns/${first.id}/publish`, {}, admin)
      const second = await createCampaign({ ...base(), starts_at: "2030-05-03T16:00", ends_at: "2030-05-04T10:00", items: [item(JEONJANG, { discount_value: 50 })] })
      const before = await writtenState()
      const res = await responseOf(api.post(`/admin/sale-campaigns/${second.id}/publish`, {}, admin))
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("기간이 겹치는")
      expect(await writtenState()).toEqual(before)
      expect((await api.get(`/admin/sale-campaigns/${second.id}`, admin)).data.campaign.status).toBe("draft")

      // back to back is fine: [10:00, 17:00) and [17:00, …) share no instant
      await api.post(`/admin/sale-campaigns/${second.id}`, { starts_at: "2030-05-03T17:00:00+09:00" }, admin)
      expect((await api.post(`/admin/sale-campaigns/${second.id}/publish`, {}, admin)).data.campaign.status).toBe("published")
      for (const c of [first, second]) await api.delete(`/admin/sale-campaigns/${c.id}`, admin)
      expect((await getContainer().resolve(Modules.PRICING).listPriceLists({}, { take: null })).length).toBe(0)
    })
  })

  describe("a campaign published for a window that starts a few seconds from now", () => {
    it("prices nothing before starts_at, prices carts and the product API inside, records the sale, and stops at ends_at", async () => {
      const campaign = await createCampaign({
        title: "가정의달 맞이 하루장터 (테스트)",
        handle: "test-haru-jangteo",
        host_center: "경남광역자활센터",
        co_hosts: ["경상남도", "(사)경남지역자활센터협회"],
        description: "<p>가정의달 <script>alert(1)</script>특판</p>",
        starts_at: isoIn(60 * 60_000),
        ends_at: isoIn(2 * 60 * 60_000),
        items: [
          { product_id: variants.get(JABAN)!.product_id, discount_type: "percent", discount_value: 20 },
          { product_id: variants.get(CHEONG)!.product_id, discount_type: "percent", discount_value: 20 },
        ],
      })
      const detail = (await api.get(`/admin/sale-campaigns/${campaign.id}`, admin)).data.campaign
      expect(detail.description).not.toContain("script")

      const preview = (await api.get(`/admin/sale-campaigns/${campaign.id}/preview`, admin)).data
      expect(preview.errors).toEqual([])
      const jabanPreview = preview.prices.find((p: { variant_id: string }) => p.variant_id === variants.get(JABAN)!.id)
      expect(jabanPreview).toMatchObject({ regular_price: 2_999, sale_price: 2_399, discount: 600 })
      const cheongPreview = preview.prices.find((p: { variant_id: string }) => p.variant_id === variants.get(CHEONG)!.id)

      const early = await prepareCart(api, key, regionId, [{ variant_id: variants.get(JABAN)!.id, quantity: 1 }])
      await api.post(`/admin/sale-campaigns/${campaign.id}/publish`, {}, admin)

      // the window is moved (an edit of a published campaign re-prices it) to start a few seconds
      // from now; on a slow machine the checks may not fit before it, then the lead is doubled
      let startsAt = ""
      for (let lead = 10_000; ; lead *= 2) {
        startsAt = isoIn(lead)
        await api.post(`/admin/sale-campaigns/${campaign.id}`, { starts_at: startsAt, ends_at: isoIn(15 * 60_000) }, admin)
        const price = await storePrice(JABAN)
        const line = await cartLine(early, JABAN)
        const hit = await searchHit(JABAN)
        const { data: listed } = await api.get("/store/campaigns", store())
        if (Date.now() >= new Date(startsAt).getTime()) {
          if (lead > 160_000) throw new Error("the checks never fitted before starts_at")
          continue
        }
        // before starts_at: nothing changes
        expect(price.calculated_amount).toBe(2_999)
        expect(line.unit_price).toBe(2_999)
        expect(hit.regular_price).toBeNull()
        expect(hit.price).toBeGreaterThanOrEqual(2_999)
        expect(listed.upcoming.map((c: { handle: string }) => c.handle)).toContain("test-haru-jangteo")
        break
      }

      // at starts_at: the product API, a line already in a cart and a new line carry the 특판가
      const live = await poll("the campaign price", async () => {
        const price = await storePrice(JABAN)
        return price.calculated_amount === 2_399 ? price : undefined
      })
      expect(Date.now()).toBeGreaterThanOrEqual(new Date(startsAt).getTime())
      expect(live.original_amount).toBe(2_999)
      expect(live.calculated_price?.price_list_type).toBe("sale")
      expect((await cartLine(early, JABAN)).unit_price).toBe(2_399)
      // the search result turns too: the lowest 특판가 (1봉 2,399원), 정가 beside it
      const liveHit = await searchHit(JABAN)
      expect(liveHit.price).toBe(2_399)
      expect(liveHit.regular_price).toBeGreaterThanOrEqual(2_999)
      const { data: page } = await api.get("/store/campaigns/test-haru-jangteo", store())
      expect(page.campaign.phase).toBe("live")
      expect(page.campaign.makers).toHaveLength(2)
      for (const group of page.campaign.makers) for (const p of group.products) expect(p.sale_price).toBeLessThan(p.regular_price)

      // an order inside the window is a campaign sale, priced from the price list
      const order = await placeOrder(api, key, regionId, [
        { variant_id: variants.get(JABAN)!.id, quantity: 3 },
        { variant_id: variants.get(CHEONG)!.id, quantity: 1 },
      ])
      expect(order.items.map((i) => i.unit_price).sort()).toEqual([2_399, cheongPreview.sale_price].sort())
      const sales = await poll("the campaign sales", async () => {
        const rows = (await campaigns().listCampaignSales({ order_id: order.id })) as unknown as Sale[]
        return rows.length === 2 ? rows : undefined
      })
      const jabanSale = sales.find((s) => s.sale_unit_price === 2_399)!
      expect(jabanSale).toMatchObject({ campaign_id: campaign.id, quantity: 3, regular_unit_price: 2_999, maker_id: makerOf.get(variants.get(JABAN)!.product_id) })

      // results per maker add up to the order's item total, to the won
      const { data: results } = await api.get(`/admin/sale-campaigns/${campaign.id}/results`, admin)
      expect(results.totals.revenue).toBe(order.item_total)
      expect(results.makers).toHaveLength(2)
      expect(results.makers.reduce((s: number, m: { revenue: number }) => s + m.revenue, 0)).toBe(order.item_total)
      expect(results.totals.discount).toBe(3 * 600 + (cheongPreview.regular_price - cheongPreview.sale_price))
      expect(results.totals).toMatchObject({ orders: 1, units: 4 })
      const csv = await api.get(`/admin/sale-campaigns/${campaign.id}/results?format=csv`, { ...admin, responseType: "arraybuffer" })
      const bytes = Buffer.from(csv.data as ArrayBuffer)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 BOM, so Excel reads the Korean
      expect(bytes.toString("utf8")).toContain(`합계,,,1,4,${order.item_total},`)

      // a cart filled inside the window and completed after it: refused in Korean, re-priced
      const late = await prepareCart(api, key, regionId, [{ variant_id: variants.get(JABAN)!.id, quantity: 1 }])
      const endsAt = isoIn(5_000)
      await api.post(`/admin/sale-campaigns/${campaign.id}`, { ends_at: endsAt }, admin)
      await poll("the regular price again", async () => ((await storePrice(JABAN)).calculated_amount === 2_999 ? true : undefined))
      expect(Date.now()).toBeGreaterThanOrEqual(new Date(endsAt).getTime())
      const refused = await responseOf(api.post(`/store/carts/${late}/complete`, {}, store()))
      expect(refused.status).toBe(409)
      expect(refused.data.message).toContain("특판전")
      expect((await cartLine(late, JABAN)).unit_price).toBe(2_999)
      const endedHit = await searchHit(JABAN)
      expect(endedHit.regular_price).toBeNull()
      expect(endedHit.price).toBe(liveHit.regular_price)
      const { data: ended } = await api.get("/store/campaigns", store())
      expect(ended.past.map((c: { handle: string }) => c.handle)).toContain("test-haru-jangteo")

      // the refused cart, paid again at the regular price, is not a campaign sale
      const { data: cart } = await api.get(`/store/carts/${late}?fields=*payment_collection`, store())
      const { data: pc } = cart.cart.payment_collection
        ? { data: { payment_collection: cart.cart.payment_collection } }
        : await api.post("/store/payment-collections", { cart_id: late }, store())
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store())
      const regular = await completeCart(api, key, late)
      expect(regular.items[0].unit_price).toBe(2_999)
      await ensureOrderSnapshotsWorkflow(getContainer()).run({ input: { order_id: regular.id } })
      expect(await campaigns().listCampaignSales({ order_id: regular.id })).toHaveLength(0)
    }, 600_000) // polls across a real window on a shared, slow machine
  })

  describe("1인 한도 (per_customer_limit)", () => {
    it("refuses adding, raising and completing past the limit, counting what the same customer already ordered in the window", async () => {
      const jeonjang = variants.get(JEONJANG)!
      const campaign = await createCampaign({
        title: "1인 한도 특판전 (테스트)",
        handle: "test-limit",
        host_center: "광주광역자활센터",
        starts_at: isoIn(-60_000),
        ends_at: isoIn(60 * 60_000),
        items: [{ product_id: jeonjang.product_id, discount_type: "percent", discount_value: 10, per_customer_limit: 2 }],
      })
      await api.post(`/admin/sale-campaigns/${campaign.id}/publish`, {}, admin)
      const lines = async (cartId: string) => (await api.get(`/store/carts/${cartId}`, store())).data.cart.items as { id: string; quantity: number }[]
      const newCart = async (email?: string) => (await api.post("/store/carts", { region_id: regionId, ...(email ? { email } : {}) }, store())).data.cart.id as string

      // three at once: refused in Korean, nothing added
      const first = await newCart("buyer@example.kr")
      const tooMany = await responseOf(api.post(`/store/carts/${first}/line-items`, { variant_id: jeonjang.id, quantity: 3 }, store()))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toContain("1인 2개까지")
      expect(HANGUL.test(tooMany.data.message)).toBe(true)
      expect(await lines(first)).toHaveLength(0)
      // two are fine; raising the line to three is refused and the line keeps two
      await api.post(`/store/carts/${first}/line-items`, { variant_id: jeonjang.id, quantity: 2 }, store())
      const [line] = await lines(first)
      const raised = await responseOf(api.post(`/store/carts/${first}/line-items/${line.id}`, { quantity: 3 }, store()))
      expect(raised.status).toBe(400)
      expect((await lines(first))[0].quantity).toBe(2)

      // a second cart of the same customer, filled while nothing was ordered yet
      const late = await prepareCart(api, key, regionId, [{ variant_id: jeonjang.id, quantity: 1 }])

      // the same customer (email) after ordering two: even one more is refused, saying why
      const order = await placeOrder(api, key, regionId, [{ variant_id: jeonjang.id, quantity: 2 }])
      expect(order.items[0].quantity).toBe(2)
      const again = await newCart("buyer@example.kr")
      const oneMore = await responseOf(api.post(`/store/carts/${again}/line-items`, { variant_id: jeonjang.id, quantity: 1 }, store()))
      expect(oneMore.status).toBe(400)
      expect(oneMore.data.message).toContain("이미 2개")
      // another customer is not limited by it
      const other = await newCart("other@example.kr")
      await api.post(`/store/carts/${other}/line-items`, { variant_id: jeonjang.id, quantity: 2 }, store())
      expect((await lines(other))[0].quantity).toBe(2)

      // the cart filled before the order is checked again at completion: refused, no order
      const refused = await responseOf(api.post(`/store/carts/${late}/complete`, {}, store()))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("1인 2개까지")
      const { data: orders } = await api.get("/admin/orders?fields=id", admin)
      expect(orders.orders.map((o: { id: string }) => o.id)).toEqual([order.id])
    }, 300_000)
  })

  describe("the seed's campaigns", () => {
    it("seeds the 2024 경남 하루장터 with its results, one live and one upcoming campaign, once", async () => {
      await seedAll(getContainer(), () => {}, { campaigns: true })
      await seedAll(getContainer(), () => {}, { campaigns: true })
      const { data } = await api.get("/store/campaigns", store())
      const haru = data.past.find((c: { handle: string }) => c.handle === "gyeongnam-haru-jangteo-2024")
      expect(haru).toMatchObject({ starts_at: "2024-05-03T01:00:00.000Z", ends_at: "2024-05-03T08:00:00.000Z", starts_at_kst: "2024-05-03 10:00", co_hosts: ["경상남도", "(사)경남지역자활센터협회"] })
      expect(data.live.map((c: { handle: string }) => c.handle)).toContain("year-end-gift-campaign")
      expect(data.upcoming.map((c: { handle: string }) => c.handle)).toContain("lunar-new-year-campaign")
      expect(data.on_sale.length).toBeGreaterThan(0)

      const { data: admin_list } = await api.get("/admin/sale-campaigns?q=하루장터", admin)
      expect(admin_list.campaigns).toHaveLength(1)
      const { data: results } = await api.get(`/admin/sale-campaigns/${admin_list.campaigns[0].id}/results`, admin)
      expect(results.totals.orders).toBe(5)
      expect(results.makers.length).toBeGreaterThanOrEqual(3)
      expect(results.makers.reduce((s: number, m: { revenue: number }) => s + m.revenue, 0)).toBe(results.totals.revenue)
      const family = results.products.find((p: { product_title: string }) => p.product_title.includes("하루장터 선물세트"))
      expect(family).toMatchObject({ units: 3, revenue: 3 * 39_000, discount: 3 * 6_000 })

      // the live campaign prices its products through Medusa right now
      const { data: page } = await api.get("/store/campaigns/year-end-gift-campaign", store())
      const cup = page.campaign.makers.flatMap((g: { products: { handle: string }[] }) => g.products).find((p: { handle: string }) => p.handle === "plate-eco-reusable-cup-10")
      expect(cup).toMatchObject({ regular_price: 15_000, sale_price: 12_900 })
      const { data: product } = await api.get(`/store/products?handle=plate-eco-reusable-cup-10&region_id=${regionId}&fields=*variants.calculated_price`, store())
      expect(product.products[0].variants[0].calculated_price.calculated_amount).toBe(12_900)
    })
  })
})
