import { beforeAll, describe, expect, it } from "vitest"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEARCH_MODULE } from "../../backend/modules/search"
import type SearchModuleService from "../../backend/modules/search/service"
import { reindexSearch } from "../../backend/workflows/search/reindex"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"

type Segment = { text: string; match: boolean }
type Hit = {
  id: string; handle: string; title: string; subtitle: string | null; thumbnail: string | null; price: number | null
  maker: { handle: string; name: string } | null; brand: { handle: string; name: string } | null
  highlight: { title: Segment[]; maker?: Segment[] }
}
type Facet = { value: string; label: string; count: number }
type SearchBody = {
  hits: Hit[]; total: number; page: number; limit: number; facets: Record<string, Facet[]>; suggestions: string[]; engine: string
}

runMedusa(__filename, ({ api, getContainer }) => {
  let store: { headers: Record<string, string> }
  const search = async (query: string) => (await api.get(`/store/search?${query}`, store)).data as SearchBody
  const topHandles = async (q: string, n = 3) => (await search(`q=${encodeURIComponent(q)}&limit=${n}`)).hits.map((h) => h.handle)
  /** How many products the Store API lists for these query parameters. */
  const storeCount = async (query: string) => (await api.get(`/store/products?limit=1&${query}`, store)).data.count as number

  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    store = { headers: { "x-publishable-api-key": publishableKey } }
  })

  describe("matching on the seed catalog", () => {
    it.each([
      ["exact", "김자반", "naechingu-gim-jaban"],
      ["exact, several words", "이린부대찌개 밀키트", "irin-budae-jjigae"],
      ["partial (end of a word)", "부대찌개", "irin-budae-jjigae"],
      ["partial (inside a word)", "왕냉", "goraewang-mul-naengmyeon"],
      ["typo: one jamo off (ㅁ for ㄴ)", "김자밤", "naechingu-gim-jaban"],
      ["typo: one jamo off (ㅔ for ㅐ)", "부대찌게", "irin-budae-jjigae"],
      ["typo: one jamo off on four syllables", "비빔국슈", "joeunnal-guksu-bibim-guksu"],
      ["초성", "ㄱㅈㅂ", "naechingu-gim-jaban"],
      ["초성 of a longer word", "ㅂㄷㅉㄱ", "irin-budae-jjigae"],
      ["particle", "김자반을", "naechingu-gim-jaban"],
      ["particle after a place", "거제에서", "geoje-myeolchi"],
      ["maker name not in the title", "바다살림", "geoje-myeolchi"],
      ["English-mode typing", "rlawkqks", "naechingu-gim-jaban"],
    ])("%s: %s finds its product in the top 3", async (_kind, q, handle) => {
      expect(await topHandles(q)).toContain(handle)
    })

    it("brand name: 소소드림 finds the brand's products (내친구김 김자반 among them)", async () => {
      const body = await search(`q=${encodeURIComponent("소소드림")}&limit=48`)
      expect(body.hits.map((h) => h.handle)).toContain("naechingu-gim-jaban")
      expect(body.hits.every((h) => h.brand?.handle === "sosodream")).toBe(true)
    })

    it("ranks a title hit above a subtitle/description hit", async () => {
      const handles = await topHandles("김자반", 5)
      expect(handles[0]).toBe("naechingu-gim-jaban")
      // 실속세트 names 김자반 only in its subtitle
      expect(handles.indexOf("naechingu-gim-silsok-set")).toBeGreaterThan(0)
    })

    it("returns the hit shape with highlight segments, maker, brand and the lowest price", async () => {
      const body = await search(`q=${encodeURIComponent("김자반")}&limit=1`)
      expect(body.engine).toBe("postgres")
      const hit = body.hits[0]
      expect(hit).toMatchObject({
        handle: "naechingu-gim-jaban",
        title: "내친구김 김자반",
        maker: { handle: "naechingu-gim", name: "내친구김" },
        brand: { handle: "sosodream", name: "소소드림" },
        price: 3000,
      })
      expect(hit.highlight.title).toEqual([
        { text: "내친구김 ", match: false },
        { text: "김자반", match: true },
      ])
      expect(hit.thumbnail).toMatch(/^http/)
    })

    it("highlights the maker when the query hits it", async () => {
      const body = await search(`q=${encodeURIComponent("바다살림")}&limit=1`)
      expect(body.hits[0].highlight.maker?.some((s) => s.match && s.text.includes("바다살림"))).toBe(true)
    })

    it("suggests a correction when nothing matches", async () => {
      const body = await search(`q=${encodeURIComponent("샌드위치빵")}`)
      expect(body.total).toBeLessThan(3)
      expect(body.suggestions).toContain("샌드위치")
    })
  })

  describe("facets, filters, sort, pages", () => {
    it("counts makers and categories like the Store API does", async () => {
      const body = await search("limit=1")
      expect(body.total).toBe(await storeCount(""))
      for (const maker of body.facets.maker.slice(0, 6)) {
        expect(maker.count).toBe(await storeCount(`maker=${maker.value}`))
      }
      const { data } = await api.get("/store/product-categories?limit=100&fields=id,handle", store)
      const idOf = new Map((data.product_categories as { id: string; handle: string }[]).map((c) => [c.handle, c.id]))
      for (const category of body.facets.category) {
        expect(category.count).toBe(await storeCount(`category_id=${idOf.get(category.value)}`))
      }
      for (const region of body.facets.region) {
        expect(region.count).toBe(await storeCount(`region=${encodeURIComponent(region.value)}`))
      }
      expect(body.facets.price_band.map((b) => b.value)).toEqual(
        ["under-10000", "10000-30000", "30000-50000", "50000-100000", "over-100000"].filter((v) => body.facets.price_band.some((b) => b.value === v))
      )
      expect(body.facets.certification.length).toBeGreaterThan(0)
    })

    it("counts each facet value as the number of results that filter gives", async () => {
      const q = `q=${encodeURIComponent("밀키트")}`
      const body = await search(`${q}&limit=1`)
      for (const facet of ["maker", "category", "brand", "region", "price_band"]) {
        for (const v of body.facets[facet].slice(0, 3)) {
          expect((await search(`${q}&${facet}=${encodeURIComponent(v.value)}&limit=1`)).total).toBe(v.count)
        }
      }
    })

    it("combines filters: AND across facets, OR within one (repeated keys or commas)", async () => {
      const gwangju = encodeURIComponent("광주광역시")
      const both = await search(`category=gift-sets&region=${gwangju}&limit=48`)
      const { data } = await api.get("/store/product-categories?handle=gift-sets&fields=id", store)
      expect(both.total).toBe(await storeCount(`category_id=${data.product_categories[0].id}&region=${gwangju}`))
      expect(both.total).toBeGreaterThan(0)

      const a = await search("maker=naechingu-gim&limit=1")
      const b = await search("maker=matsarang&limit=1")
      expect((await search("maker=naechingu-gim&maker=matsarang&limit=1")).total).toBe(a.total + b.total)
      expect((await search("maker=naechingu-gim,matsarang&limit=1")).total).toBe(a.total + b.total)
      // OR within a facet keeps the other values of that facet countable
      const chosen = await search("maker=naechingu-gim&limit=1")
      expect(chosen.facets.maker.find((m) => m.value === "matsarang")?.count).toBe(b.total)

      const cheap = await search("price_band=under-10000&limit=48")
      expect(cheap.hits.every((h) => h.price !== null && h.price < 10000)).toBe(true)
      const withQuery = await search(`q=${encodeURIComponent("김")}&brand=sosodream&price_band=under-10000&limit=48`)
      expect(withQuery.total).toBeGreaterThan(0)
      expect(withQuery.hits.every((h) => h.brand?.handle === "sosodream" && (h.price ?? Infinity) < 10000)).toBe(true)
    })

    it("sorts by price both ways and by newest", async () => {
      const prices = (await search("sort=price_asc&limit=48")).hits.map((h) => h.price ?? Infinity)
      expect(prices).toEqual([...prices].sort((x, y) => x - y))
      const down = (await search("sort=price_desc&limit=48")).hits.map((h) => h.price ?? -Infinity)
      expect(down).toEqual([...down].sort((x, y) => y - x))

      const newest = (await search("sort=newest&limit=48")).hits.map((h) => h.id)
      const { data } = await api.get(`/store/products?limit=48&fields=id,created_at&${newest.map((id) => `id[]=${id}`).join("&")}`, store)
      const createdAt = new Map((data.products as { id: string; created_at: string }[]).map((p) => [p.id, Date.parse(p.created_at)]))
      const times = newest.map((id) => createdAt.get(id)!)
      expect(times).toEqual([...times].sort((x, y) => y - x))
    })

    it("pages through results without overlap", async () => {
      const p1 = await search("sort=price_asc&limit=5&page=1")
      const p2 = await search("sort=price_asc&limit=5&page=2")
      const both = await search("sort=price_asc&limit=10&page=1")
      expect(p2.page).toBe(2)
      expect(p1.total).toBe(p2.total)
      expect([...p1.hits, ...p2.hits].map((h) => h.id)).toEqual(both.hits.map((h) => h.id))
      const last = await search(`limit=48&page=${Math.ceil(p1.total / 48) + 1}`)
      expect(last.hits).toEqual([])
    })
  })

  describe("validation", () => {
    it.each([
      ["sort=cheapest", "sort는 relevance, price_asc, price_desc, newest 중 하나"],
      ["limit=100", "limit은 48 이하"],
      ["page=0", "page는 1 이상"],
      ["page=abc", "page는 숫자"],
      ["price_band=cheap", "price_band는 under-10000"],
      ["maker=Bad_Handle", "maker는 영문 소문자"],
      [`q=${"가".repeat(101)}`, "100자까지"],
      ["color=red", "알 수 없는 검색 조건입니다: color"],
    ])("rejects %s with a 400 naming the problem in Korean", async (query, words) => {
      const res = await responseOf(api.get(`/store/search?${query}`, store))
      expect(res.status).toBe(400)
      expect(res.data.message).toContain(words)
    })

    it("needs q for suggestions and a publishable key", async () => {
      expect((await responseOf(api.get("/store/search/suggest", store))).status).toBe(400)
      expect((await responseOf(api.get(`/store/search/suggest?q=${"가".repeat(51)}`, store))).status).toBe(400)
      expect((await responseOf(api.get("/store/search?q=김"))).status).toBe(400)
    })
  })

  describe("suggestions while typing", () => {
    it("returns products, makers and brands for a partial word", async () => {
      const { data } = await api.get(`/store/search/suggest?q=${encodeURIComponent("김자")}`, store)
      expect(data.products.length).toBeLessThanOrEqual(6)
      expect(data.products.map((p: { handle: string }) => p.handle)).toContain("naechingu-gim-jaban")
      expect(data.products[0]).toEqual({ handle: expect.any(String), title: expect.any(String), thumbnail: expect.any(String), price: expect.any(Number) })

      const makers = (await api.get(`/store/search/suggest?q=${encodeURIComponent("내친")}`, store)).data
      expect(makers.makers).toContainEqual({ handle: "naechingu-gim", name: "내친구김" })
      const brands = (await api.get(`/store/search/suggest?q=${encodeURIComponent("ㅅㅅㄷ")}`, store)).data
      expect(brands.brands).toContainEqual({ handle: "sosodream", name: "소소드림" })
      expect(brands.makers.length).toBeLessThanOrEqual(3)
    })
  })

  describe("index sync", () => {
    it("follows a maker rename to all of the maker's products (subscriber on makers.maker.updated)", async () => {
      const admin = await adminHeaders(api)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "maker", fields: ["id"], filters: { handle: "geoje-badasallim" } })
      await api.post(`/admin/makers/${data[0].id}`, { name: "거제바다향기살림" }, admin)
      expect(await eventually(async () => (await topHandles("바다향기", 3)).includes("geoje-myeolchi"))).toBe(true)
      const hit = (await search(`q=${encodeURIComponent("바다향기")}&limit=1`)).hits[0]
      expect(hit.maker?.name).toBe("거제바다향기살림")
    })

    it("follows a product moved to another maker in the admin (product_maker.set)", async () => {
      const admin = await adminHeaders(api)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: makers } = await query.graph({ entity: "maker", fields: ["id", "name"], filters: { handle: "geoje-badasallim" } })
      const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: "naechingu-gim-jaban" } })
      await api.post(`/admin/products/${products[0].id}/maker`, { maker_id: makers[0].id }, admin)
      const makerOfJaban = async () =>
        (await search(`q=${encodeURIComponent("김자반")}&limit=5`)).hits.find((h: { handle: string }) => h.handle === "naechingu-gim-jaban")?.maker?.name
      expect(await eventually(async () => (await makerOfJaban()) === makers[0].name)).toBe(true)
    })

    it("rebuilds the whole index (search:reindex), reporting progress", async () => {
      const search = getContainer().resolve<SearchModuleService>(SEARCH_MODULE)
      const before = (await api.get("/store/search?limit=1", store)).data.total
      await search.removeDocuments([(await api.get("/store/search?q=김자반&limit=1", store)).data.hits[0].id])
      expect((await api.get("/store/search?limit=1", store)).data.total).toBe(before - 1)
      const progress: [number, number][] = []
      const { indexed, examined } = await reindexSearch(getContainer(), (done, total) => progress.push([done, total]))
      // the seed's listing waiting for approval is read, but the shop does not find it
      expect(indexed).toBe(await storeCount(""))
      expect(examined).toBeGreaterThan(indexed)
      expect(progress[0]).toEqual([0, examined])
      expect(progress.at(-1)).toEqual([examined, examined])
      expect((await api.get("/store/search?limit=1", store)).data.total).toBe(before)
      // the names the Meilisearch engine labels its facets with
      const labels = await search.postgres.facetLabels()
      expect(labels.get("brand:sosodream")).toBe("소소드림")
      expect(labels.get("category:gift-sets")).toBe("선물세트")
    })

    it("follows a product update and unpublishing (subscriber)", async () => {
      const admin = await adminHeaders(api)
      const before = await search(`q=${encodeURIComponent("김자반")}&limit=1`)
      const id = before.hits[0].id
      await api.post(`/admin/products/${id}`, { title: "내친구김 바삭 김부각" }, admin)
      const found = await eventually(async () => (await topHandles("김부각", 1))[0] === "naechingu-gim-jaban")
      expect(found).toBe(true)

      await api.post(`/admin/products/${id}`, { status: "draft" }, admin)
      expect(await eventually(async () => !(await topHandles("김부각", 5)).includes("naechingu-gim-jaban"))).toBe(true)
    })
  })
})

/** Polls until the condition holds (subscribers run after the request returns). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 200))
  }
  return false
}
