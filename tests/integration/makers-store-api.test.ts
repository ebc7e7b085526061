import { beforeAll, describe, expect, it } from "vitest"
import { brands } from "../../seed/data/brands"
import { makers } from "../../seed/data/makers"
import { products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"

type MakerCard = { handle: string; name: string; region: string; kind: string; certifications: { name: string }[] }

runMedusa(__filename, ({ api, getContainer }) => {
  let headers: { headers: Record<string, string> }
  let regionId: string
  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    regionId = seeded.regionId
  })

  describe("GET /store/makers", () => {
    it("lists every active maker with paging", async () => {
      const first = await api.get("/store/makers?limit=10", headers)
      expect(first.data.count).toBe(makers.length)
      expect(first.data.makers).toHaveLength(10)
      const all = await api.get("/store/makers?limit=100", headers)
      expect(new Set(all.data.makers.map((m: MakerCard) => m.handle))).toEqual(new Set(makers.map((m) => m.handle)))
    })

    it("filters by region, kind, center (regional center includes its local centers) and certification", async () => {
      const gwangju = await api.get(`/store/makers?region=${encodeURIComponent("광주광역시")}&limit=100`, headers)
      const expected = makers.filter((m) => m.region === "광주광역시").map((m) => m.handle).sort()
      expect(gwangju.data.makers.map((m: MakerCard) => m.handle).sort()).toEqual(expected)

      const units = await api.get("/store/makers?kind=work_unit&limit=100", headers)
      expect(units.data.count).toBe(makers.filter((m) => m.kind === "work_unit").length)

      const byCenter = await api.get("/store/makers?center=gwangju-regional&limit=100", headers)
      expect(byCenter.data.makers.map((m: MakerCard) => m.handle).sort()).toEqual(expected)

      const haccp = await api.get("/store/makers?certification=HACCP", headers)
      const certified = makers.filter((m) => m.certifications?.some((c) => c.name.includes("HACCP")))
      expect(certified.length).toBeGreaterThan(0)
      expect(haccp.data.makers.map((m: MakerCard) => m.handle).sort()).toEqual(certified.map((m) => m.handle).sort())

      const combined = await api.get(`/store/makers?region=${encodeURIComponent("광주광역시")}&kind=work_unit`, headers)
      expect(combined.data.count).toBe(makers.filter((m) => m.region === "광주광역시" && m.kind === "work_unit").length)
    })

    it("rejects bad query parameters with a 400 that names the problem", async () => {
      const badKind = await responseOf(api.get("/store/makers?kind=company", headers))
      expect(badKind.status).toBe(400)
      expect(badKind.data.message).toContain("kind")
      const badLimit = await responseOf(api.get("/store/makers?limit=1000", headers))
      expect(badLimit.status).toBe(400)
      const unknown = await responseOf(api.get("/store/makers?color=red", headers))
      expect(unknown.status).toBe(400)
    })
  })

  describe("GET /store/makers/:handle", () => {
    it("returns 내친구김 with its center chain, brand, disclosure and products", async () => {
      const { data } = await api.get("/store/makers/naechingu-gim", headers)
      expect(data.maker.name).toBe("내친구김")
      expect(data.maker.center.name).toBe("광주서구지역자활센터")
      expect(data.maker.regional_center.name).toBe("광주광역자활센터")
      expect(data.maker.business_registration_number).toMatch(/^\d{3}-\d{2}-\d{5}$/)
      expect(data.maker.brands.map((b: { handle: string }) => b.handle)).toContain("sosodream")
      const expected = products.filter((p) => p.maker === "naechingu-gim").map((p) => p.handle).sort()
      expect(data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(expected)
    })

    it("is a 404 for an unknown handle", async () => {
      const res = await responseOf(api.get("/store/makers/no-such-maker", headers))
      expect(res.status).toBe(404)
    })
  })

  describe("joint brands", () => {
    it("lists brands and shows a brand with members and products", async () => {
      const list = await api.get("/store/brands", headers)
      expect(list.data.brands.map((b: { handle: string }) => b.handle).sort()).toEqual(brands.map((b) => b.handle).sort())
      const { data } = await api.get("/store/brands/sosodream", headers)
      expect(data.brand.name).toBe("소소드림")
      expect(data.brand.slogan).toBe("작은 웃음, 큰 만족")
      expect(data.brand.owner_center.name).toBe("광주광역자활센터")
      const brandProducts = products.filter((p) => p.brand === "sosodream")
      expect(data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(brandProducts.map((p) => p.handle).sort())
      expect(data.members.map((m: { handle: string }) => m.handle).sort()).toEqual([...new Set(brandProducts.map((p) => p.maker))].sort())
    })
  })

  describe("products with their maker", () => {
    it("every seeded product has exactly one maker, returned with the product", async () => {
      const { data } = await api.get(
        `/store/products?limit=200&fields=handle,*maker,*joint_brand`,
        headers
      )
      expect(data.products).toHaveLength(products.length)
      const byHandle = new Map(products.map((p) => [p.handle, p]))
      for (const product of data.products) {
        const seed = byHandle.get(product.handle)!
        expect(product.maker?.handle).toBe(seed.maker)
        expect(product.joint_brand?.handle ?? undefined).toBe(seed.brand)
      }
    })

    it("filters the product list by maker, brand and region alongside the usual parameters", async () => {
      const byMaker = await api.get(`/store/products?maker=naechingu-gim&region_id=${regionId}&fields=handle,*variants.calculated_price`, headers)
      expect(byMaker.data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(
        products.filter((p) => p.maker === "naechingu-gim").map((p) => p.handle).sort()
      )
      const byRegion = await api.get(`/store/products?region=${encodeURIComponent("대전광역시")}&limit=200&fields=handle`, headers)
      const daejeonMakers = new Set(makers.filter((m) => m.region === "대전광역시").map((m) => m.handle))
      expect(byRegion.data.count).toBe(products.filter((p) => daejeonMakers.has(p.maker)).length)
      const byBrandAndMaker = await api.get("/store/products?brand=sosodream&maker=matsarang&fields=handle", headers)
      expect(byBrandAndMaker.data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(
        products.filter((p) => p.brand === "sosodream" && p.maker === "matsarang").map((p) => p.handle).sort()
      )
      const none = await api.get("/store/products?maker=no-such-maker&fields=handle", headers)
      expect(none.data.count).toBe(0)
      const bad = await responseOf(api.get("/store/products?maker=Not%20A%20Handle", headers))
      expect(bad.status).toBe(400)
    })
  })
})
