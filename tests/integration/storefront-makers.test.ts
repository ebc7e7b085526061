import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { brands } from "../../seed/data/brands"
import { centers } from "../../seed/data/centers"
import { makers } from "../../seed/data/makers"
import { products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { runMedusa } from "./utils/medusa-runner"
import { startStorefront } from "./utils/storefront"

const MAKERS_PER_PAGE = 12
const PRODUCTS_PER_PAGE = 12
const GWANGJU = "광주광역시"
const SEOUL = "서울특별시"

/** Text as a reader sees it: React splits adjacent text nodes with comments. */
const text = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')

/** Handles of the makers a page links to (maker cards, brand members, "만든 곳"). */
const makerLinks = (html: string) => new Set([...html.matchAll(/href="\/makers\/([a-z0-9-]+)"/g)].map((m) => m[1]))
const won = (amount: number) => `${amount.toLocaleString("ko-KR")}원`
const makerOf = (handle: string) => makers.find((m) => m.handle === handle)!
const regionOf = (makerHandle: string) => makerOf(makerHandle).region

runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  const page = async (path: string) => {
    const { status, html } = await storefront.get(path)
    return { status, html, page: text(html) }
  }

  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey)
  })
  afterAll(async () => {
    await storefront?.stop()
  })

  describe("/makers", () => {
    it("lists every maker across its pages, with kind labels, centers and the filter form", async () => {
      const first = await page("/makers")
      expect(first.status).toBe(200)
      expect(first.page).toContain(`만든 곳 ${makers.length}곳`)
      expect(first.page).toContain("자활근로사업단")
      expect(first.html).toMatch(/<form[^>]*action="\/makers"[^>]*method="get"/)
      for (const region of [GWANGJU, SEOUL, "대전광역시", "경상남도"]) {
        expect(first.html).toContain(`<option value="${region}">`)
      }
      const seen = new Set<string>()
      const pages = Math.ceil(makers.length / MAKERS_PER_PAGE)
      for (let n = 1; n <= pages; n++) {
        const links = makerLinks((await page(n === 1 ? "/makers" : `/makers?page=${n}`)).html)
        expect(links.size).toBe(Math.min(MAKERS_PER_PAGE, makers.length - (n - 1) * MAKERS_PER_PAGE))
        links.forEach((handle) => seen.add(handle))
      }
      expect(seen).toEqual(new Set(makers.map((m) => m.handle)))
    })

    it("filters by region from the URL, raw or percent-encoded", async () => {
      const expected = new Set(makers.filter((m) => m.region === GWANGJU).map((m) => m.handle))
      for (const path of [`/makers?region=${GWANGJU}`, `/makers?region=${encodeURIComponent(GWANGJU)}`]) {
        const { status, html, page: shown } = await page(path)
        expect(status).toBe(200)
        expect(makerLinks(html)).toEqual(expected)
        expect(shown).toContain(`만든 곳 ${expected.size}곳`)
        expect(html).toMatch(new RegExp(`<option value="${GWANGJU}" selected=""`))
      }
    })

    it("filters by kind and by HACCP certification, and keeps the filters through pagination", async () => {
      const units = makers.filter((m) => m.kind === "work_unit")
      const first = await page("/makers?kind=work_unit")
      expect(first.page).toContain(`만든 곳 ${units.length}곳`)
      const firstLinks = makerLinks(first.html)
      expect(firstLinks.size).toBe(Math.min(MAKERS_PER_PAGE, units.length))
      for (const handle of firstLinks) expect(makerOf(handle).kind).toBe("work_unit")
      if (units.length > MAKERS_PER_PAGE) {
        expect(first.html).toContain('href="/makers?kind=work_unit&amp;page=2"')
        const second = makerLinks((await page("/makers?kind=work_unit&page=2")).html)
        expect(new Set([...firstLinks, ...second])).toEqual(new Set(units.map((m) => m.handle)))
      }

      const certified = makers.filter((m) => m.certifications?.some((c) => c.name.includes("HACCP")))
      const haccp = await page("/makers?certification=HACCP")
      expect(makerLinks(haccp.html)).toEqual(new Set(certified.map((m) => m.handle)))
      expect(haccp.page).toContain(certified[0]!.certifications![0]!.name)
    })

    it("shows a helpful empty state and ignores filter values it cannot use", async () => {
      const none = await page(`/makers?region=${encodeURIComponent("제주특별자치도")}`)
      expect(none.status).toBe(200)
      expect(none.page).toContain("조건에 맞는 만든 곳이 없습니다")
      expect(none.html).toContain('href="/makers"')
      const bogus = await page("/makers?kind=company&color=red")
      expect(bogus.status).toBe(200)
      expect(bogus.page).toContain(`만든 곳 ${makers.length}곳`)
    })
  })

  describe("/makers/[handle]", () => {
    it("shows 내친구김 with its story, centers, brand, seller disclosure and priced products", async () => {
      const maker = makerOf("naechingu-gim")
      const { status, page: shown } = await page("/makers/naechingu-gim")
      expect(status).toBe(200)
      expect(shown).toContain("<title>내친구김 | 자활장터</title>")
      for (const value of [
        maker.name, "자활근로사업단", maker.legal_form!, "2019년 3월 4일", "국내산 원초",
        "광주서구지역자활센터", "광주광역자활센터", "판매자 정보", maker.representative!,
        maker.business_registration_number!, maker.mail_order_number!, maker.address!, maker.phone!,
      ]) {
        expect(shown).toContain(value)
      }
      expect(shown).toContain('href="/brands/sosodream"')
      expect(shown).toContain("20,000원")
      for (const product of products.filter((p) => p.maker === maker.handle)) {
        expect(shown).toContain(product.title)
        expect(shown).toContain(won(Math.min(...product.variants.map((v) => v.price))))
      }
    })

    it("shows a maker's certifications with number and validity", async () => {
      const maker = makers.find((m) => m.certifications?.length)!
      const certification = maker.certifications![0]!
      const { page: shown } = await page(`/makers/${maker.handle}`)
      expect(shown).toContain(certification.name)
      expect(shown).toContain(`인증번호 ${certification.number}`)
      const [year, month, day] = certification.valid_until!.split("-").map(Number)
      expect(shown).toContain(`${year}년 ${month}월 ${day}일`)
    })

    it("is a 404 for an unknown maker", async () => {
      expect((await page("/makers/no-such-maker")).status).toBe(404)
    })
  })

  describe("/brands", () => {
    it("lists the joint brands", async () => {
      const { status, html, page: shown } = await page("/brands")
      expect(status).toBe(200)
      for (const brand of brands) {
        expect(shown).toContain(brand.name)
        expect(html).toContain(`href="/brands/${brand.handle}"`)
      }
    })

    it("shows 소소드림 with its slogan, owner center, member makers and priced products", async () => {
      const brandProducts = products.filter((p) => p.brand === "sosodream")
      const { status, html, page: shown } = await page("/brands/sosodream")
      expect(status).toBe(200)
      expect(shown).toContain("소소드림")
      expect(shown).toContain("작은 웃음, 큰 만족")
      const owner = centers.find((c) => c.handle === brands.find((b) => b.handle === "sosodream")!.owner_center)!
      expect(shown).toContain(owner.name)
      expect(makerLinks(html)).toEqual(new Set(brandProducts.map((p) => p.maker)))
      for (const product of brandProducts) expect(shown).toContain(product.title)
      expect(shown).toContain("20,000원")
    })

    it("is a 404 for an unknown brand", async () => {
      expect((await page("/brands/no-such-brand")).status).toBe(404)
    })
  })

  describe("products and their makers", () => {
    it("a product page shows 만든 곳 linking the maker and its joint brand", async () => {
      const product = products.find((p) => p.handle === "naechingu-gim-gift-set")!
      const { page: shown } = await page(`/products/${product.handle}`)
      expect(shown).toContain("만든 곳")
      expect(shown).toMatch(/<a[^>]*href="\/makers\/naechingu-gim"[^>]*>내친구김<\/a>/)
      expect(shown).toContain(`${GWANGJU}`)
      expect(shown).toMatch(/<a[^>]*href="\/brands\/sosodream"[^>]*>소소드림<\/a>/)
    })

    it("product cards name the maker", async () => {
      const { page: shown } = await page("/categories/laver-seafood")
      const named = [...shown.matchAll(/만든 곳 <\/span>([^<]+)<\/p>/g)].map((m) => m[1])
      const expected = products.filter((p) => p.category === "laver-seafood").map((p) => makerOf(p.maker).name)
      expect(named.sort()).toEqual(expected.sort())
    })

    it("the header links to /makers", async () => {
      expect((await page("/")).html).toMatch(/<a[^>]*href="\/makers"[^>]*>만든 곳<\/a>/)
    })

    it("a category filtered by maker shows only that maker's products", async () => {
      const inCategory = products.filter((p) => p.category === "gift-sets")
      const { status, page: shown } = await page("/categories/gift-sets?maker=naechingu-gim")
      expect(status).toBe(200)
      for (const product of inCategory) {
        if (product.maker === "naechingu-gim") expect(shown).toContain(product.title)
        else expect(shown).not.toContain(product.title)
      }
      expect(shown).toMatch(/<option value="naechingu-gim" selected=""/)
    })

    it("a category filtered by region keeps the region through pagination", async () => {
      const seoul = products.filter((p) => p.category === "meals-drinks" && regionOf(p.maker) === SEOUL)
      const others = products.filter((p) => p.category === "meals-drinks" && regionOf(p.maker) !== SEOUL)
      const base = `/categories/meals-drinks?region=${encodeURIComponent(SEOUL)}`
      const first = await page(base)
      expect(first.page).toContain(`상품 ${seoul.length}개`)
      for (const product of others) expect(first.page).not.toContain(product.title)
      const onFirst = seoul.filter((p) => first.page.includes(p.title))
      expect(onFirst.length).toBe(Math.min(PRODUCTS_PER_PAGE, seoul.length))
      if (seoul.length > PRODUCTS_PER_PAGE) {
        expect(first.html).toContain(`href="${base}&amp;page=2"`)
        const second = await page(`${base}&page=2`)
        const onSecond = seoul.filter((p) => second.page.includes(p.title) && !onFirst.includes(p))
        expect(onSecond.length).toBe(seoul.length - PRODUCTS_PER_PAGE)
        for (const product of others) expect(second.page).not.toContain(product.title)
      }
    })
  })
})
