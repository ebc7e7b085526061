import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { beforeAll, describe, expect, it } from "vitest"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"
import { poll } from "./utils/poll"

type Variant = { id: string; sku: string; product_id: string; inventory_items: { inventory_item_id: string }[] }
type StoreVariant = { id: string; inventory_quantity: number; calculated_price: { calculated_amount: number } }
type Answer = { status: number; headers: Record<string, string>; data: { product: { title: string; variants: StoreVariant[] } } }

// A one-variant product no test campaign prices; the second product joins a campaign below.
const SKU = "NCG-JEONJANG-1"
const CAMPAIGN_SKU = "NCG-JABAN-1"

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let locationId: string
  let admin: { headers: Record<string, string> }
  const variants = new Map<string, Variant>()
  const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })
  const cacheOf = (res: { headers: Record<string, string> }) => res.headers["x-jahwal-cache"]

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "product_id", "inventory_items.inventory_item_id"],
      filters: { sku: [SKU, CAMPAIGN_SKU] },
    })
    for (const v of data as unknown as Variant[]) variants.set(v.sku, v)
    const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id"] })
    locationId = locations[0].id
  })

  /** The product as the storefront's product page reads it (price and stock of each variant). */
  async function read(sku: string, extra: Record<string, string> = {}) {
    const v = variants.get(sku)!
    const url = `/store/products/${v.product_id}?region_id=${regionId}&fields=title,*variants.calculated_price,+variants.inventory_quantity`
    const res = (await api.get(url, store(extra))) as Answer
    const variant = res.data.product.variants.find((x) => x.id === v.id)!
    return { cache: cacheOf(res), title: res.data.product.title, price: variant.calculated_price.calculated_amount, stock: variant.inventory_quantity }
  }

  /**
   * Reads until two reads in a row are served from the cache: a write's events (subscribers,
   * the search sync) move the catalog version again shortly after the write's own answer.
   */
  async function cached(sku: string) {
    let last = await read(sku)
    return poll("a quiet cache", async () => {
      await new Promise((r) => setTimeout(r, 300))
      const next = await read(sku)
      const quiet = last.cache === "hit" && next.cache === "hit"
      last = next
      return quiet ? next : undefined
    }, 20_000)
  }

  /** The same read with the cache switched off: what the database says now. */
  async function fresh(sku: string) {
    const saved = process.env.JAHWAL_STORE_CACHE
    process.env.JAHWAL_STORE_CACHE = "0"
    try {
      return await read(sku)
    } finally {
      if (saved === undefined) delete process.env.JAHWAL_STORE_CACHE
      else process.env.JAHWAL_STORE_CACHE = saved
    }
  }

  const setPrice = (sku: string, amount: number) => {
    const v = variants.get(sku)!
    return api.post(`/admin/products/${v.product_id}/variants/${v.id}`, { prices: [{ currency_code: "krw", amount }] }, admin)
  }

  describe("a read of the public catalog", () => {
    it("is a miss first, then a hit with the same body", async () => {
      const first = await read(SKU)
      expect(first.cache).toBe("miss")
      const second = await read(SKU)
      expect(second).toEqual({ ...first, cache: "hit" })
    })

    it("is keyed by its query: another field set or order of parameters", async () => {
      const v = variants.get(SKU)!
      const a = await api.get(`/store/products?id=${v.product_id}&fields=id,title&region_id=${regionId}`, store())
      const b = await api.get(`/store/products?region_id=${regionId}&fields=id,title&id=${v.product_id}`, store())
      expect([cacheOf(a), cacheOf(b)]).toEqual(["miss", "hit"])
      const c = await api.get(`/store/products?id=${v.product_id}&fields=id,handle&region_id=${regionId}`, store())
      expect(cacheOf(c)).toBe("miss")
      expect(c.data.products[0].handle).toBeDefined()
    })

    it("concurrent misses of one read share one computation", async () => {
      const url = `/store/products?id=${variants.get(SKU)!.product_id}&fields=id,title,*variants.calculated_price&region_id=${regionId}&limit=7`
      const answers = await Promise.all([...Array(12)].map(() => api.get(url, store())))
      expect(answers.map(cacheOf).filter((c) => c === "miss")).toHaveLength(1)
      expect(answers.map(cacheOf).filter((c) => c === "hit")).toHaveLength(11)
      expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1)
    })

    it("caches the other storefront reads too, and never an error", async () => {
      for (const url of ["/store/regions", "/store/product-categories?limit=100", "/store/collections", "/store/makers", "/store/brands", "/store/campaigns", "/store/search?q=전장"]) {
        const first = await api.get(url, store())
        const second = await api.get(url, store())
        expect([url, cacheOf(first), cacheOf(second)]).toEqual([url, "miss", "hit"])
        expect(second.data).toEqual(first.data)
      }
      for (let i = 0; i < 2; i++) {
        const missing = await api.get("/store/makers/no-such-maker", store()).catch((e: { response: Answer }) => e.response)
        expect(missing.status).toBe(404)
        expect(cacheOf(missing)).toBe("miss")
      }
    })

    it("is separate per publishable key (the sales channel): a request without one is refused, not served", async () => {
      await read(SKU)
      const res = await api.get(`/store/products/${variants.get(SKU)!.product_id}?region_id=${regionId}&fields=title,*variants.calculated_price,+variants.inventory_quantity`).catch((e: { response: Answer }) => e.response)
      expect(res.status).toBe(400)
    })
  })

  describe("is never stale after a change", () => {
    it("a price change through the admin API shows on the next read", async () => {
      await setPrice(SKU, 9_100)
      expect((await cached(SKU)).price).toBe(9_100)
      await setPrice(SKU, 9_900)
      const next = await read(SKU)
      expect(next).toMatchObject({ cache: "miss", price: 9_900 })
    })

    it("a product title change through the admin API shows on the next read, and in search once indexed", async () => {
      await cached(SKU)
      const v = variants.get(SKU)!
      const title = `캐시 시험 전장 ${Date.now()}`
      await api.post(`/admin/products/${v.product_id}`, { title }, admin)
      expect((await read(SKU)).title).toBe(title)
      const search = () => api.get(`/store/search?q=${encodeURIComponent("캐시 시험 전장")}`, store())
      await poll("the new title in search", async () => ((await search()).data.hits.some((h: { id: string }) => h.id === v.product_id) ? true : undefined), 30_000)
      const again = await search()
      expect(cacheOf(again)).toBe("hit")
      expect(again.data.hits.some((h: { id: string }) => h.id === v.product_id)).toBe(true)
    })

    it("a stock change through the admin API shows on the next read", async () => {
      const before = await cached(SKU)
      const item = variants.get(SKU)!.inventory_items[0].inventory_item_id
      await api.post(`/admin/inventory-items/${item}/location-levels/${locationId}`, { stocked_quantity: 1_000 }, admin)
      const next = await read(SKU)
      expect(next.cache).toBe("miss")
      expect(next.stock).not.toBe(before.stock)
      expect(next.stock).toBeLessThanOrEqual(1_000)
    })

    it("a stock change that is no HTTP write (an order, a job) reaches the cache through its event", async () => {
      await cached(SKU) // an answer in the cache: the event must move it
      // what the database says (the runner restores it between tests, behind the cache's back)
      const before = await fresh(SKU)
      const item = variants.get(SKU)!.inventory_items[0].inventory_item_id
      const [level] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: item, location_id: locationId })
      // Medusa's own workflow, as an order or a job would run it: it emits inventory-level.updated
      await updateInventoryLevelsWorkflow(getContainer()).run({
        input: { updates: [{ id: level.id, inventory_item_id: item, location_id: locationId, stocked_quantity: Number(level.stocked_quantity) + 7 }] },
      })
      const now = (await fresh(SKU)).stock
      expect(now).toBe(before.stock + 7)
      await poll("the event's bump", async () => ((await read(SKU)).stock === now ? true : undefined), 15_000)
    })

    it("publishing a live campaign shows its price on the next read", async () => {
      const v = variants.get(CAMPAIGN_SKU)!
      await setPrice(CAMPAIGN_SKU, 10_000)
      expect((await cached(CAMPAIGN_SKU)).price).toBe(10_000)
      const { data } = await api.post("/admin/sale-campaigns", {
        title: "캐시 시험 특판전", handle: "cache-test-live", host_center: "경남광역자활센터",
        starts_at: new Date(Date.now() - 60_000).toISOString(), ends_at: new Date(Date.now() + 60 * 60_000).toISOString(),
        items: [{ product_id: v.product_id, discount_type: "percent", discount_value: 20 }],
      }, admin)
      expect((await cached(CAMPAIGN_SKU)).price).toBe(10_000)
      await api.post(`/admin/sale-campaigns/${data.campaign.id}/publish`, {}, admin)
      expect(await read(CAMPAIGN_SKU)).toMatchObject({ cache: "miss", price: 8_000 })
      await api.post(`/admin/sale-campaigns/${data.campaign.id}/unpublish`, {}, admin)
      expect((await read(CAMPAIGN_SKU)).price).toBe(10_000)
    })

    it("a campaign price turns at starts_at with no write: the cached answer is not served past the boundary", async () => {
      const v = variants.get(CAMPAIGN_SKU)!
      const startsAt = Date.now() + 6_000
      const { data } = await api.post("/admin/sale-campaigns", {
        title: "캐시 시험 곧 시작", handle: "cache-test-soon", host_center: "경남광역자활센터",
        starts_at: new Date(startsAt).toISOString(), ends_at: new Date(startsAt + 60 * 60_000).toISOString(),
        items: [{ product_id: v.product_id, discount_type: "percent", discount_value: 10 }],
      }, admin)
      await api.post(`/admin/sale-campaigns/${data.campaign.id}/publish`, {}, admin)
      const before = await cached(CAMPAIGN_SKU)
      expect(Date.now()).toBeLessThan(startsAt)
      expect(before.price).toBe((await fresh(CAMPAIGN_SKU)).price)
      await new Promise((r) => setTimeout(r, startsAt - Date.now() + 100))
      const after = await read(CAMPAIGN_SKU)
      expect(after.cache).toBe("miss")
      expect(after.price).toBe(before.price - before.price / 10)
      await api.post(`/admin/sale-campaigns/${data.campaign.id}/unpublish`, {}, admin)
    })
  })

  describe("a visitor's own request", () => {
    it("with a customer token is never served from the cache (nor stored)", async () => {
      const email = `cache-${Date.now()}@example.com`
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-1234" })
      await api.post("/store/customers", { email, first_name: "캐시" }, store({ authorization: `Bearer ${reg.token}` }))
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "secret-1234" })
      await cached(SKU)
      const auth = { authorization: `Bearer ${login.token}` }
      expect((await read(SKU, auth)).cache).toBe("bypass")
      expect((await read(SKU, auth)).cache).toBe("bypass")
      expect((await read(SKU, { cookie: "connect.sid=s%3Anot-a-session" })).cache).toBe("bypass")
      expect((await read(SKU)).cache).toBe("hit")
    })
  })

  describe("the switch", () => {
    it("JAHWAL_STORE_CACHE=0 computes every read", async () => {
      await cached(SKU)
      const saved = process.env.JAHWAL_STORE_CACHE
      process.env.JAHWAL_STORE_CACHE = "0"
      try {
        expect([(await read(SKU)).cache, (await read(SKU)).cache]).toEqual(["off", "off"])
      } finally {
        if (saved === undefined) delete process.env.JAHWAL_STORE_CACHE
        else process.env.JAHWAL_STORE_CACHE = saved
      }
      expect((await read(SKU)).cache).toBe("hit")
    })
  })
})
