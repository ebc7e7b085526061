import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { categories } from "../../seed/data/categories"
import { products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { runMedusa } from "./utils/medusa-runner"
import { startStorefront } from "./utils/storefront"

const giftSet = products.find((p) => p.variants.some((v) => v.price === 20000) && p.category === "gift-sets")!
const multiVariant = products.find((p) => p.variants.length > 1)!

/** Text as a reader sees it: React splits adjacent text nodes with comments. */
const text = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')

runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>

  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey)
  })
  afterAll(async () => {
    await storefront?.stop()
  })

  describe("storefront pages against the real backend", () => {
    it("home page renders in Korean with featured gift sets and won prices", async () => {
      const { status, html } = await storefront.get("/")
      expect(status).toBe(200)
      const page = text(html)
      expect(page).toContain('lang="ko"')
      expect(page).toContain("자활장터")
      expect(page).toContain("추천 선물세트")
      expect(page).toContain(giftSet.title)
      expect(page).toContain("20,000원")
      for (const category of categories.slice(0, 3)) expect(page).toContain(category.name)
    })

    it("product page shows title, maker, options and each price formatted as 원", async () => {
      const { status, html } = await storefront.get(`/products/${giftSet.handle}`)
      expect(status).toBe(200)
      const page = text(html)
      expect(page).toContain(giftSet.title)
      expect(page).toContain("20,000원")

      const multi = text((await storefront.get(`/products/${multiVariant.handle}`)).html)
      for (const v of multiVariant.variants) {
        expect(multi).toContain(`${v.price.toLocaleString("ko-KR")}원`)
        expect(multi).toContain(Object.values(v.options)[0])
      }
    })

    it("category page lists its products and paginates", async () => {
      const inCategory = products.filter((p) => p.category === "gift-sets")
      const first = text((await storefront.get("/categories/gift-sets")).html)
      const category = categories.find((c) => c.handle === "gift-sets")!
      expect(first).toContain(category.name)
      const shownOnFirst = inCategory.filter((p) => first.includes(p.title))
      expect(shownOnFirst.length).toBe(Math.min(12, inCategory.length))
      if (inCategory.length > 12) {
        const second = text((await storefront.get("/categories/gift-sets?page=2")).html)
        const shownOnSecond = inCategory.filter((p) => second.includes(p.title) && !shownOnFirst.includes(p))
        expect(shownOnSecond.length).toBe(Math.min(12, inCategory.length - 12))
      }
    })

    it("unknown product and category handles are 404s", async () => {
      expect((await storefront.get("/products/no-such-product")).status).toBe(404)
      expect((await storefront.get("/categories/no-such-category")).status).toBe(404)
    })
  })
})
