import { describe, expect, it } from "vitest"
import { brands } from "../../seed/data/brands"
import { categories } from "../../seed/data/categories"
import { centers } from "../../seed/data/centers"
import { makers } from "../../seed/data/makers"
import { MULTI_MAKER_TAG, products } from "../../seed/data/products"
import { MOTIF_NAMES } from "../../seed/images/motifs"
import type { SeedProduct, SeedVariant } from "../../seed/types"
import { normalizeBusinessNumber } from "../../backend/lib/korean/business-number"

const isValidBusinessNumber = (v: string) => normalizeBusinessNumber(v) === v

const centerByHandle = new Map(centers.map((c) => [c.handle, c]))
const makerByHandle = new Map(makers.map((m) => [m.handle, m]))
const productByHandle = new Map(products.map((p) => [p.handle, p]))
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const giftSets = products.filter((p) => p.category === "gift-sets")
const variantOfSku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, { product: p, variant: v }] as const)))
const isKit = (v: SeedVariant) => (v.components?.length ?? 0) > 0
const kits = products.flatMap((p) => p.variants.filter(isKit).map((v) => ({ product: p, variant: v })))
/** What the components would cost bought one by one: price of the named variant × quantity. */
const standalonePrice = (v: SeedVariant) =>
  (v.components ?? []).reduce((sum, c) => sum + (variantOfSku.get(c.sku)?.variant.price ?? NaN) * c.quantity, 0)
const componentMakers = (v: SeedVariant) =>
  new Set((v.components ?? []).map((c) => variantOfSku.get(c.sku)?.product.maker))
/** SKU of the variant whose 구성 option is `value`, e.g. the 1봉 of 전장김. */
function skuOf(handle: string, value: string): string {
  const v = productByHandle.get(handle)?.variants.find((x) => x.options["구성"] === value)
  expect(v, `${handle} ${value}`).toBeDefined()
  return (v as SeedVariant).sku
}
/** The count in an option value: "16봉" -> 16, "4개" -> 4. */
const countIn = (value: string) => Number(/^(\d+)/.exec(value)?.[1] ?? NaN)

function prices(handle: string): Record<string, number> {
  const p = productByHandle.get(handle)
  expect(p, `product ${handle}`).toBeDefined()
  return Object.fromEntries((p as SeedProduct).variants.map((v) => [v.options["구성"], v.price]))
}

const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i)

describe("seed centers", () => {
  it("have unique kebab-case handles", () => {
    expect(dupes(centers.map((c) => c.handle))).toEqual([])
    for (const c of centers) expect(c.handle).toMatch(KEBAB)
  })

  it("include the four regional centers and the local centers named in the domain", () => {
    const regional = centers.filter((c) => c.level === "regional").map((c) => c.name)
    expect(regional).toEqual(expect.arrayContaining(["서울광역자활센터", "광주광역자활센터", "대전광역자활센터", "경남광역자활센터"]))
    const names = centers.map((c) => c.name).join(" ")
    for (const local of ["성동", "구로", "양천", "도봉", "광주서구", "광주북구일터", "대전동구", "대전서구"]) {
      expect(names).toContain(`${local}지역자활센터`)
    }
  })

  it("give every local center a regional parent in the same region, and regional centers none", () => {
    for (const c of centers) {
      if (c.level === "regional") {
        expect(c.parent).toBeUndefined()
        continue
      }
      const parent = centerByHandle.get(c.parent ?? "")
      expect(parent, `${c.handle} parent`).toBeDefined()
      expect(parent?.level).toBe("regional")
      expect(parent?.region).toBe(c.region)
    }
  })

  it("keep the seed's real address and phone of 광주서구지역자활센터", () => {
    const seogu = centerByHandle.get("gwangju-seogu")
    expect(seogu?.address).toBe("광주광역시 서구 죽봉대로 38번길 25")
    expect(seogu?.phone).toBe("062-367-3027")
  })
})

describe("seed makers", () => {
  it("have unique kebab-case handles and names", () => {
    expect(dupes(makers.map((m) => m.handle))).toEqual([])
    expect(dupes(makers.map((m) => m.name))).toEqual([])
    for (const m of makers) expect(m.handle).toMatch(KEBAB)
  })

  it("belong to an existing center of the same region", () => {
    for (const m of makers) {
      const center = centerByHandle.get(m.center)
      expect(center, `${m.handle} center`).toBeDefined()
      expect(center?.region).toBe(m.region)
    }
  })

  it("carry checksum-valid, unique business registration numbers", () => {
    const numbers = makers.map((m) => m.business_registration_number ?? "")
    expect(dupes(numbers)).toEqual([])
    for (const m of makers) {
      expect(isValidBusinessNumber(m.business_registration_number ?? ""), `${m.handle}: ${m.business_registration_number}`).toBe(true)
    }
  })

  it("carry the details a receipt and a maker page need", () => {
    for (const m of makers) {
      expect(m.mail_order_number, m.handle).toMatch(/^제\d{4}-[가-힣]+-\d{4}호$/)
      expect(m.founded_on, m.handle).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(Number.isNaN(Date.parse(m.founded_on ?? ""))).toBe(false)
      expect(m.representative, m.handle).toBeTruthy()
      expect(m.phone, m.handle).toMatch(/^0\d{1,3}-\d{3,4}-\d{4}$/)
      expect(m.address, m.handle).toMatch(new RegExp(`^${m.region}`))
      expect(m.legal_form, m.handle).toBeTruthy()
      expect(m.story.length, m.handle).toBeGreaterThan(60)
    }
  })

  it("model the kinds of the domain: work units, enterprises and a regional enterprise", () => {
    const kind = (handle: string) => makerByHandle.get(handle)?.kind
    expect(kind("matsarang")).toBe("work_unit")
    expect(kind("irin-jjigae")).toBe("work_unit")
    expect(kind("eco-sonmoa")).toBe("work_unit")
    expect(kind("seongdong-bicycle")).toBe("work_unit")
    expect(kind("hamkke-bapsang")).toBe("self_sufficiency_enterprise")
    expect(kind("daejeon-housing-coop")).toBe("regional_enterprise")
    expect(makers.filter((m) => m.handle.startsWith("jaemina-"))).toHaveLength(5)
    expect(makerByHandle.get("kkomirote")?.certifications?.[0]?.name).toContain("HACCP")
  })

  it("each sell at least one product", () => {
    const selling = new Set(products.map((p) => p.maker))
    expect(makers.filter((m) => !selling.has(m.handle)).map((m) => m.handle)).toEqual([])
  })
})

describe("seed brands and categories", () => {
  it("define the three joint brands, each owned by a regional center", () => {
    expect(brands.map((b) => b.handle).sort()).toEqual(["jaemina", "plate-eco", "sosodream"])
    for (const b of brands) expect(centerByHandle.get(b.owner_center)?.level).toBe("regional")
    expect(brands.find((b) => b.handle === "sosodream")?.slogan).toBe("작은 웃음, 큰 만족")
  })

  it("define 7 to 9 categories with unique handles and Korean names", () => {
    expect(categories.length).toBeGreaterThanOrEqual(7)
    expect(categories.length).toBeLessThanOrEqual(9)
    expect(dupes(categories.map((c) => c.handle))).toEqual([])
    for (const c of categories) {
      expect(c.handle).toMatch(KEBAB)
      expect(c.name).toMatch(/[가-힣]/)
    }
    expect(categories.map((c) => c.handle)).toEqual(
      expect.arrayContaining(["gift-sets", "laver-seafood", "side-dishes", "grains", "craft-kits", "reusables", "bicycles"])
    )
  })
})

describe("seed products", () => {
  it("number at least 48", () => {
    expect(products.length).toBeGreaterThanOrEqual(48)
  })

  it("have unique kebab-case handles, unique titles and unique ASCII SKUs", () => {
    expect(dupes(products.map((p) => p.handle))).toEqual([])
    expect(dupes(products.map((p) => p.title))).toEqual([])
    for (const p of products) expect(p.handle).toMatch(KEBAB)
    const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
    expect(dupes(skus)).toEqual([])
    for (const sku of skus) expect(sku).toMatch(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/)
  })

  it("reference an existing maker, category and brand", () => {
    const categoryHandles = new Set(categories.map((c) => c.handle))
    const brandHandles = new Set(brands.map((b) => b.handle))
    for (const p of products) {
      expect(makerByHandle.has(p.maker), `${p.handle} maker ${p.maker}`).toBe(true)
      expect(categoryHandles.has(p.category), `${p.handle} category ${p.category}`).toBe(true)
      if (p.brand) expect(brandHandles.has(p.brand), `${p.handle} brand ${p.brand}`).toBe(true)
    }
  })

  it("only put a joint brand on products of makers under that brand's regional center", () => {
    for (const p of products.filter((x) => x.brand)) {
      const brand = brands.find((b) => b.handle === p.brand)
      const center = centerByHandle.get(makerByHandle.get(p.maker)?.center ?? "")
      const regional = center?.level === "regional" ? center.handle : center?.parent
      expect(regional, p.handle).toBe(brand?.owner_center)
    }
  })

  it("have variants whose options match the product's options exactly", () => {
    for (const p of products) {
      expect(p.options.length, p.handle).toBeGreaterThan(0)
      expect(p.variants.length, p.handle).toBeGreaterThan(0)
      const titles = p.options.map((o) => o.title)
      expect(dupes(titles), p.handle).toEqual([])
      for (const o of p.options) {
        expect(o.values.length, `${p.handle} ${o.title}`).toBeGreaterThan(0)
        expect(dupes(o.values), `${p.handle} ${o.title}`).toEqual([])
      }
      const combos: string[] = []
      for (const v of p.variants) {
        expect(Object.keys(v.options).sort(), `${p.handle} ${v.sku}`).toEqual([...titles].sort())
        for (const o of p.options) expect(o.values, `${p.handle} ${v.sku}`).toContain(v.options[o.title])
        combos.push(titles.map((t) => v.options[t]).join("|"))
      }
      expect(dupes(combos), p.handle).toEqual([])
      // every option value is used by some variant
      for (const o of p.options) {
        for (const value of o.values) expect(p.variants.some((v) => v.options[o.title] === value), `${p.handle} ${value}`).toBe(true)
      }
    }
  })

  it("have positive whole-won prices that look like Korean retail, and whole stock counts", () => {
    for (const p of products) {
      for (const v of p.variants) {
        expect(Number.isInteger(v.price), v.sku).toBe(true)
        expect(v.price, v.sku).toBeGreaterThan(0)
        expect(v.price % 100, v.sku).toBe(0)
        expect(Number.isInteger(v.stock), v.sku).toBe(true)
        // a kit holds no stock of its own: its stock is its components'
        if (isKit(v)) expect(v.stock, v.sku).toBe(0)
        else expect(v.stock, v.sku).toBeGreaterThan(0)
      }
    }
  })

  it("use the seed's real prices for 내친구김", () => {
    const giftSet = productByHandle.get("naechingu-gim-gift-set")
    expect(giftSet?.title).toBe("내친구김 선물세트")
    expect(giftSet?.variants.map((v) => v.price)).toEqual([20000])
    expect(giftSet?.category).toBe("gift-sets")
    expect(giftSet?.brand).toBe("sosodream")
    expect(giftSet?.featured).toBe(true)
    expect(giftSet?.tags).toEqual(expect.arrayContaining(["명절", "감사"]))
    expect(giftSet?.subtitle).toBe("전장김 5봉 + 도시락김 4봉 + 자반김 4봉")
    expect(prices("naechingu-gim-jaban")).toEqual({ "1봉": 3000, "2봉": 5000 })
    expect(prices("naechingu-gim-jeonjang")).toEqual({ "1봉": 2000, "3봉": 5000 })
    expect(prices("naechingu-gim-dosirak")).toEqual({ "1봉": expect.any(Number), "16봉": 5500 })
    for (const handle of ["naechingu-gim-gift-set", "naechingu-gim-jaban", "naechingu-gim-jeonjang", "naechingu-gim-dosirak"]) {
      expect(productByHandle.get(handle)?.maker).toBe("naechingu-gim")
    }
  })

  it("keep exactly one product titled like a 선물세트 among those that name 내친구김 in the title", () => {
    // The integration test searches q=내친구김 and picks the first title with 선물세트.
    const named = products.filter((p) => p.title.includes("내친구김") && p.title.includes("선물세트"))
    expect(named.map((p) => p.handle)).toEqual(["naechingu-gim-gift-set"])
  })

  it("offer at least 10 gift sets tagged with occasions, at least 3 of them from several makers", () => {
    expect(giftSets.length).toBeGreaterThanOrEqual(10)
    const occasions = ["명절", "감사", "연말", "가정의달"]
    for (const p of giftSets) expect(p.tags?.some((t) => occasions.includes(t)), p.handle).toBe(true)
    const multi = giftSets.filter((p) => p.tags?.includes(MULTI_MAKER_TAG))
    expect(multi.length).toBeGreaterThanOrEqual(3)
    // a multi-maker set names its contents (구성) in the description
    for (const p of multi) expect(p.description, p.handle).toContain("구성:")
  })

  it("feature about six gift sets on the home page", () => {
    const featured = products.filter((p) => p.featured)
    expect(featured.length).toBeGreaterThanOrEqual(5)
    expect(featured.length).toBeLessThanOrEqual(8)
    for (const p of featured) expect(p.category, p.handle).toBe("gift-sets")
  })

  it("cover the product lines the domain asks for", () => {
    const byMaker = (maker: string) => products.filter((p) => p.maker === maker).map((p) => p.title).join(" ")
    expect(byMaker("hamkke-bapsang")).toContain("전주돌솥비빔밥")
    expect(byMaker("hamkke-bapsang")).toContain("직화제육덮밥")
    expect(byMaker("irin-jjigae")).toContain("이린부대찌개")
    expect(byMaker("irin-jjigae")).toContain("생돼지김치찌개")
    const guksu = byMaker("joeunnal-guksu-gao") + byMaker("joeunnal-guksu-yongmun")
    for (const menu of ["육전", "잔치국수", "비빔국수", "황태국밥"]) expect(guksu).toContain(menu)
    const jaemina = products.filter((p) => p.brand === "jaemina").map((p) => p.title).join(" ")
    for (const craft of ["코르크", "양말 인형", "냅킨아트"]) expect(jaemina).toContain(craft)
    expect(products.some((p) => p.brand === "plate-eco" && p.category === "reusables")).toBe(true)
    expect(products.some((p) => p.maker === "eco-sonmoa" && p.category === "reusables")).toBe(true)
    expect(products.filter((p) => p.category === "bicycles").every((p) => p.maker === "seongdong-bicycle")).toBe(true)
    expect(products.some((p) => p.maker === "kkaekkeuthan-sesang" && p.category === "grains")).toBe(true)
  })

  it("have Korean descriptions of two or three paragraphs and a valid image", () => {
    for (const p of products) {
      const paragraphs = p.description.split("\n\n")
      expect(paragraphs.length, p.handle).toBeGreaterThanOrEqual(2)
      expect(paragraphs.length, p.handle).toBeLessThanOrEqual(3)
      for (const para of paragraphs) expect(para.trim().length, p.handle).toBeGreaterThan(10)
      expect(MOTIF_NAMES, p.handle).toContain(p.image.motif)
      expect(Number.isInteger(p.image.hue) && p.image.hue >= 0 && p.image.hue < 360, p.handle).toBe(true)
    }
  })
})

describe("seed kits: gift sets and packs", () => {
  it("make every gift-set variant a kit, at least 8 gift sets and at least 3 of them from several makers", () => {
    expect(giftSets.length).toBeGreaterThanOrEqual(8)
    expect(giftSets.filter((p) => p.tags?.includes(MULTI_MAKER_TAG)).length).toBeGreaterThanOrEqual(3)
    for (const p of giftSets) for (const v of p.variants) expect(isKit(v), v.sku).toBe(true)
  })

  it("name only existing, non-kit variants as components, each once, in whole positive quantities", () => {
    for (const { variant } of kits) {
      const skus = (variant.components ?? []).map((c) => c.sku)
      expect(dupes(skus), variant.sku).toEqual([])
      for (const c of variant.components ?? []) {
        const target = variantOfSku.get(c.sku)
        expect(target, `${variant.sku} -> ${c.sku}`).toBeDefined()
        expect(c.sku, variant.sku).not.toBe(variant.sku)
        expect(isKit(target?.variant as SeedVariant), `${variant.sku} -> ${c.sku} is itself a kit`).toBe(false)
        expect(Number.isInteger(c.quantity) && c.quantity > 0, `${variant.sku} -> ${c.sku} × ${c.quantity}`).toBe(true)
      }
    }
  })

  it("keep the seed's composition of 내친구김 선물세트: 전장김 5봉 + 도시락김 4봉 + 자반김 4봉", () => {
    const giftSet = productByHandle.get("naechingu-gim-gift-set")
    expect(giftSet?.variants).toHaveLength(1)
    expect(giftSet?.variants[0].components).toEqual([
      { sku: skuOf("naechingu-gim-jeonjang", "1봉"), quantity: 5 },
      { sku: skuOf("naechingu-gim-dosirak", "1봉"), quantity: 4 },
      { sku: skuOf("naechingu-gim-jaban", "1봉"), quantity: 4 },
    ])
  })

  it("sell the 김 packs at the seed's prices as kits of their 1봉", () => {
    const packs: [handle: string, pack: string, price: number, unitPrice: number | null][] = [
      ["naechingu-gim-jeonjang", "3봉", 5000, 2000],
      ["naechingu-gim-jaban", "2봉", 5000, 3000],
      ["naechingu-gim-dosirak", "16봉", 5500, null],
    ]
    for (const [handle, pack, price, unitPrice] of packs) {
      const p = productByHandle.get(handle) as SeedProduct
      const kit = p.variants.find((v) => v.options["구성"] === pack) as SeedVariant
      const unit = p.variants.find((v) => v.options["구성"] === "1봉") as SeedVariant
      expect(kit.price, `${handle} ${pack}`).toBe(price)
      if (unitPrice !== null) expect(unit.price, `${handle} 1봉`).toBe(unitPrice)
      expect(isKit(unit), `${handle} 1봉`).toBe(false)
      expect(kit.components, `${handle} ${pack}`).toEqual([{ sku: unit.sku, quantity: countIn(pack) }])
    }
  })

  it("make every other pack a multiple of a single unit of the same product", () => {
    for (const { product, variant } of kits.filter((k) => k.product.category !== "gift-sets")) {
      expect(variant.components, variant.sku).toHaveLength(1)
      const [c] = variant.components ?? []
      const unit = variantOfSku.get(c.sku)
      expect(unit?.product.handle, variant.sku).toBe(product.handle)
      for (const o of product.options) {
        const kitValue = variant.options[o.title]
        const unitValue = unit?.variant.options[o.title] ?? ""
        if (kitValue === unitValue) continue
        expect(countIn(kitValue), `${variant.sku}: ${kitValue} = ${c.quantity} × ${unitValue}`).toBe(c.quantity * countIn(unitValue))
      }
    }
  })

  it("assemble multi-maker sets from at least two makers, one of them the set's seller", () => {
    for (const p of giftSets.filter((x) => x.tags?.includes(MULTI_MAKER_TAG))) {
      for (const v of p.variants) {
        const makersOf = componentMakers(v)
        expect(makersOf.size, p.handle).toBeGreaterThanOrEqual(2)
        expect([...makersOf], p.handle).toContain(p.maker)
      }
    }
  })

  it("assemble single-maker gift sets from their own maker's products", () => {
    for (const p of giftSets.filter((x) => !x.tags?.includes(MULTI_MAKER_TAG))) {
      for (const v of p.variants) expect([...componentMakers(v)], p.handle).toEqual([p.maker])
    }
  })

  it("price every kit at most at what its components cost one by one", () => {
    for (const { variant } of kits) {
      expect(variant.price, `${variant.sku} vs ${standalonePrice(variant)}`).toBeLessThanOrEqual(standalonePrice(variant))
    }
  })

  it("stock each component for at least 50 of every kit that uses it", () => {
    const needed = new Map<string, number>()
    for (const { variant } of kits) {
      for (const c of variant.components ?? []) needed.set(c.sku, (needed.get(c.sku) ?? 0) + 50 * c.quantity)
    }
    for (const [sku, units] of needed) expect(variantOfSku.get(sku)?.variant.stock, sku).toBeGreaterThanOrEqual(units)
  })
})

describe("seed quantity-break prices (tiers)", () => {
  const tiered = products.flatMap((p) => p.variants.filter((v) => v.tiers?.length).map((v) => ({ product: p, variant: v })))

  it("exist on at least 6 variants: every featured gift set and everyday rice and 김", () => {
    expect(tiered.length).toBeGreaterThanOrEqual(6)
    for (const p of products.filter((x) => x.featured)) {
      expect(p.variants.some((v) => v.tiers?.length), p.handle).toBe(true)
    }
    expect(tiered.some((t) => t.product.category === "grains"), "rice").toBe(true)
    expect(tiered.some((t) => t.product.category === "laver-seafood"), "김").toBe(true)
  })

  it("give 내친구김 선물세트 the bulk prices for public buyers", () => {
    expect(productByHandle.get("naechingu-gim-gift-set")?.variants[0].tiers).toEqual([
      { min_quantity: 30, price: 18000 },
      { min_quantity: 100, price: 17000 },
    ])
  })

  it("rise in quantity from 2 and fall in price below the base price, in whole hundreds of won", () => {
    for (const { variant } of tiered) {
      let lastQuantity = 1
      let lastPrice = variant.price
      for (const t of variant.tiers ?? []) {
        expect(Number.isInteger(t.min_quantity), variant.sku).toBe(true)
        expect(t.min_quantity, variant.sku).toBeGreaterThan(lastQuantity)
        expect(Number.isInteger(t.price), variant.sku).toBe(true)
        expect(t.price, variant.sku).toBeGreaterThan(0)
        expect(t.price % 100, variant.sku).toBe(0)
        expect(t.price, variant.sku).toBeLessThan(lastPrice)
        lastQuantity = t.min_quantity
        lastPrice = t.price
      }
    }
  })
})
