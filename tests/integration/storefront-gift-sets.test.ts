import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makers } from "../../seed/data/makers"
import { MULTI_MAKER_TAG, products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import type { SeedProduct } from "../../seed/types"
import { runMedusa } from "./utils/medusa-runner"
import { poll } from "./utils/poll"
import { startStorefront } from "./utils/storefront"

const giftSets = products.filter((p) => p.category === "gift-sets")
const priceOf = (p: SeedProduct) => Math.min(...p.variants.map((v) => v.price))
const bySku = (sku: string) => {
  const product = products.find((p) => p.variants.some((v) => v.sku === sku))!
  return { product, variant: product.variants.find((v) => v.sku === sku)! }
}
/** "내친구김 전장김 1봉 × 5", as the 구성 list names a component of the seed catalog. */
const componentLabel = ({ sku, quantity }: { sku: string; quantity: number }) => {
  const { product, variant } = bySku(sku)
  return `${product.title} ${variant.title.replace(" / ", " ")} × ${quantity}`
}
const won = (amount: number) => `${amount.toLocaleString("ko-KR")}원`

/** Text as a reader sees it: React splits adjacent text nodes with comments. */
const text = (html: string) =>
  html.replace(/<!-- -->/g, "").replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"')
/** The visible text with tags turned into single spaces. */
const plain = (html: string) => text(html).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")
/** Handles of the products a page links to, in order of first appearance. */
const productLinks = (html: string) => [...new Set([...html.matchAll(/href="\/products\/([a-z0-9-]+)"/g)].map((m) => m[1]))]
const handles = (list: SeedProduct[]) => list.map((p) => p.handle).sort()

runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let key: string
  const page = async (path: string) => {
    const { status, html } = await storefront.get(path)
    expect(status).toBe(200)
    return { html, page: text(html), plain: plain(html), links: productLinks(html) }
  }
  const listed = async (path: string) => (await page(path)).links.sort()

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    storefront = await startStorefront(api.defaults.baseURL as string, key)
  })
  afterAll(async () => {
    await storefront?.stop()
  })

  describe("/gift-sets", () => {
    it("lists every gift set with a GET filter form, and is linked from the header and the home page", async () => {
      const { html, page: p, links } = await page("/gift-sets")
      expect(links.sort()).toEqual(handles(giftSets))
      expect(p).toContain(`선물세트 ${giftSets.length}개`)
      expect(html).toMatch(/<form[^>]*action="\/gift-sets"[^>]*method="get"/)
      for (const label of ["1만원대", "2만원대", "3만원 이상", "명절", "가정의달", "여러 자활기업 연합세트만 보기", "낮은 가격순"]) {
        expect(p).toContain(label)
      }
      expect(p).not.toContain("1만원 미만") // no seeded set costs less than 10,000원
      const home = await page("/")
      expect(home.html).toMatch(/<a[^>]*href="\/gift-sets"[^>]*>선물세트 전체 보기/)
      expect(home.html).toMatch(/<nav aria-label="주요 메뉴">.*?href="\/gift-sets"/s)
    })

    it("filters by price band, occasion and 연합세트, alone and combined", async () => {
      const inBand = giftSets.filter((p) => priceOf(p) >= 20000 && priceOf(p) <= 29999)
      expect(inBand.length).toBeGreaterThan(0)
      expect(await listed("/gift-sets?price=20000-29999")).toEqual(handles(inBand))

      const holiday = giftSets.filter((p) => p.tags?.includes("명절"))
      expect(holiday.length).toBeLessThan(giftSets.length)
      expect(await listed(`/gift-sets?occasion=${encodeURIComponent("명절")}`)).toEqual(handles(holiday))

      const union = giftSets.filter((p) => p.tags?.includes(MULTI_MAKER_TAG))
      expect(await listed("/gift-sets?union=1")).toEqual(handles(union))

      const combined = union.filter((p) => p.tags!.includes("명절") && priceOf(p) >= 30000)
      expect(combined.length).toBeGreaterThan(0)
      const query = `occasion=${encodeURIComponent("명절")}&union=1`
      const { links, page: p } = await page(`/gift-sets?price=30000%2B&${query}`)
      expect(links.sort()).toEqual(handles(combined))
      expect(p).toContain(`조건에 맞는 선물세트 ${combined.length}개`)
      expect(await listed(`/gift-sets?price=30000+&${query}`)).toEqual(handles(combined)) // a raw + is a space
    })

    it("sorts by price and shows an empty state when nothing matches", async () => {
      const ascending = [...giftSets].sort((a, b) => priceOf(a) - priceOf(b)).map(priceOf)
      const priceByHandle = new Map(giftSets.map((p) => [p.handle, priceOf(p)]))
      expect((await page("/gift-sets?sort=price_asc")).links.map((h) => priceByHandle.get(h))).toEqual(ascending)
      expect((await page("/gift-sets?sort=price_desc")).links.map((h) => priceByHandle.get(h))).toEqual([...ascending].reverse())

      const empty = await page("/gift-sets?price=0-9999")
      expect(empty.links).toEqual([])
      expect(empty.page).toContain("조건에 맞는 선물세트가 없습니다")
      expect(empty.html).toMatch(/<a[^>]*href="\/gift-sets"[^>]*>선물세트 전체 보기/)
      expect(await listed("/gift-sets?price=nonsense&occasion=생일")).toEqual(handles(giftSets))
    })
  })

  describe("product page: 구성, maker split, bulk prices", () => {
    it("내친구김 선물세트 shows its components with their maker and the bulk price table", async () => {
      const seed = giftSets.find((p) => p.handle === "naechingu-gim-gift-set")!
      const { html, page: p, plain: words } = await page(`/products/${seed.handle}`)
      expect(p).toContain("구성")
      for (const c of seed.variants[0].components!) expect(p).toContain(componentLabel(c))
      expect(p).toContain("내친구김 전장김 1봉 × 5")
      expect(html).toContain('href="/makers/naechingu-gim"')
      expect(words).toContain("만든 곳 내친구김")
      expect(p).not.toContain("나뉘어 돌아갑니다") // one maker: no split
      expect(p).toContain("대량 구매 할인")
      expect(html).toMatch(/<th[^>]*>수량<\/th>.*<th[^>]*>개당 가격<\/th>/s)
      expect(words).toContain(`1개 이상 ${won(seed.variants[0].price)}`)
      expect(words).toContain("30개 이상 18,000원")
      for (const tier of seed.variants[0].tiers!) expect(words).toContain(`${tier.min_quantity}개 이상 ${won(tier.price)}`)
      expect(words).toContain("구매 가능 여부 구매 가능")
    })

    it("a set of several makers lists each component maker and the split of its price", async () => {
      const seed = giftSets.find((p) => p.handle === "sosodream-gwangju-hanareum-set")!
      const headers = { headers: { "x-publishable-api-key": key } }
      const { data } = await api.get(`/store/products?handle=${seed.handle}&fields=id`, headers)
      const { data: composition } = await api.get(`/store/products/${data.products[0].id}/composition`, headers)
      const split = composition.variants[0].maker_split as { maker_handle: string; maker_name: string; amount: number }[]
      const componentMakers = new Set(seed.variants[0].components!.map((c) => bySku(c.sku).product.maker))
      expect(new Set(split.map((s) => s.maker_handle))).toEqual(componentMakers)
      expect(split.reduce((sum, s) => sum + s.amount, 0)).toBe(seed.variants[0].price)

      const { html, page: p, plain: words } = await page(`/products/${seed.handle}`)
      expect(p).toContain("이 세트의 매출은 구성품을 만든 자활기업에 나뉘어 돌아갑니다")
      expect(words).toContain(`1세트 ${won(seed.variants[0].price)}을 이렇게 나눕니다`)
      for (const c of seed.variants[0].components!) expect(p).toContain(componentLabel(c))
      for (const s of split) {
        expect(html).toContain(`href="/makers/${s.maker_handle}"`)
        expect(s.maker_name).toBe(makers.find((m) => m.handle === s.maker_handle)!.name)
        expect(words).toContain(`${s.maker_name} ${won(s.amount)}`)
      }
    })

    it("a plain product shows the composition of its pack option and no split", async () => {
      const { html, page: p } = await page("/products/naechingu-gim-jaban")
      expect(html).toContain("<details")
      expect(p).toContain("옵션별 구성")
      expect(p).toContain("내친구김 김자반 1봉 × 2")
      expect(p).not.toContain("나뉘어 돌아갑니다")
      expect(p).not.toMatch(/>대량 구매 할인</) // 김자반 has no bulk prices

      const rice = await page("/products/kkaekkeuthan-sesang-rice") // bulk prices without components
      expect(rice.page).toContain("옵션별 대량 구매 할인")
      expect(rice.plain).toContain("10개 이상 34,000원")
      expect(rice.plain).toContain("30개 이상 59,000원")
      expect(rice.page).not.toMatch(/>구성</)
    })
  })

  describe("stock", () => {
    it("shows 재고 N개 남음 when few sets are left, and 품절 on the page and the card when none", async () => {
      const seed = giftSets.find((p) => p.handle === "haengbok-gage-soap-gift-set")!
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id"] })
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { sku: "HBG-SOAP-LAVENDER" }, // a component of this set only
      })
      const itemId = (variants[0].inventory_items as { inventory_item_id: string }[])[0].inventory_item_id
      // through Medusa's own workflow, as an order or the admin changes stock: it emits
      // inventory-level.updated, which is how the backend's Store API cache and the storefront hear of it
      const setStock = (stocked_quantity: number) =>
        updateInventoryLevelsWorkflow(getContainer()).run({
          input: { updates: [{ inventory_item_id: itemId, location_id: locations[0].id, stocked_quantity }] },
        })

      // no HTTP write: the backend's Store API cache learns of it from the event, a moment later
      const shows = (path: string, text: string) =>
        poll(`${text} on ${path}`, async () => ((await page(path)).plain.includes(text) ? true : undefined), 15_000)
      await setStock(3)
      await shows(`/products/${seed.handle}`, "구매 가능 여부 재고 3개 남음")

      await setStock(0)
      await shows(`/products/${seed.handle}`, "구매 가능 여부 품절")
      const list = await poll("the sold-out card", async () => {
        const read = await page("/gift-sets")
        return read.html.includes(">품절<") ? read : undefined
      }, 15_000)
      const cards = list.html.split("<article").slice(1)
      const soldOut = cards.filter((card) => />품절</.test(card)).map((card) => productLinks(card)[0])
      expect(soldOut).toEqual([seed.handle])
      expect(list.links.at(-1)).toBe(seed.handle) // 추천순 puts sold-out sets last
    })
  })
})
