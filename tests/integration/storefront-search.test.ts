import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makers } from "../../seed/data/makers"
import { products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { runMedusa } from "./utils/medusa-runner"
import { startStorefront } from "./utils/storefront"

/** Text as a reader sees it: React splits adjacent text nodes with comments. */
const text = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')

const RESULTS_PER_PAGE = 24
const won = (amount: number) => `${amount.toLocaleString("ko-KR")}원`
const productOf = (handle: string) => products.find((p) => p.handle === handle)!
const makerOf = (handle: string) => makers.find((m) => m.handle === handle)!
const search = (q: string) => `/search?q=${encodeURIComponent(q)}`

/** Handles of the products a page links to, in page order, each once. */
const hitHandles = (html: string) => [...new Set([...html.matchAll(/href="\/products\/([a-z0-9-]+)"/g)].map((m) => m[1]!))]

/** The number in "상품 N개" above the results. */
const shownTotal = (page: string) => {
  const found = page.match(/상품 <strong[^>]*>([\d,]+)<\/strong>개/)
  return found ? Number(found[1]!.replace(/,/g, "")) : undefined
}

type FacetLink = { href: string; label: string; count: number; facet: string; value: string }

/**
 * The facet links of a search page (the panel is there twice, for phones and wide screens):
 * where each leads, its label and the count it promises.
 */
function facetLinks(page: string): FacetLink[] {
  const links = new Map<string, FacetLink>()
  for (const m of page.matchAll(/<a [^>]*href="(\/search\?[^"]*)"[^>]*>((?:(?!<\/a>).)*?)<\/a>/g)) {
    const inner = m[2]!
    const count = inner.match(/상품 <\/span>([\d,]+)<span class="sr-only">개/)
    if (!count) continue
    const label = inner.replace(/<span class="sr-only">[^<]*<\/span>/g, "").replace(/<[^>]+>/g, "").replace(/✓/g, "").replace(/[\d,]+$/, "").trim()
    links.set(m[1]!, { href: m[1]!, label, count: Number(count[1]!.replace(/,/g, "")), facet: "", value: "" })
  }
  return [...links.values()]
}

/** The facet value a link adds (the one not already in the current URL). */
function addedFilter(link: FacetLink, currentPath: string): { facet: string; value: string } | undefined {
  const current = new URL(currentPath, "http://x").searchParams
  const next = new URL(link.href, "http://x").searchParams
  for (const [facet, value] of next) {
    if (["q", "sort", "page"].includes(facet)) continue
    if (!current.getAll(facet).includes(value)) return { facet, value }
  }
  return undefined
}

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

  it("the header has a labelled search combobox that works as a plain GET form", async () => {
    const { html } = await page("/")
    const form = html.match(/<form[^>]*aria-label="사이트 검색"[^>]*>/)?.[0]
    expect(form).toBeDefined()
    expect(form).toContain('action="/search"')
    expect(form).toContain('method="get"')
    expect(form).toContain('role="search"')
    const input = html.match(/<input[^>]*role="combobox"[^>]*>/)?.[0]
    expect(input).toBeDefined()
    expect(input).toContain('name="q"')
    expect(input).toContain('aria-expanded="false"')
    expect(input).toMatch(/aria-controls="[^"]+"/)
    const id = input!.match(/ id="([^"]+)"/)![1]!
    expect(html).toContain(`for="${id}"`)
    expect(html.includes(`id="${input!.match(/aria-controls="([^"]+)"/)![1]}" role="listbox"`)).toBe(true)
  })

  it("/search?q=김자반 finds 내친구김 김자반 with the word marked, its maker and price", async () => {
    const { status, html, page: shown } = await page(search("김자반"))
    expect(status).toBe(200)
    expect(shown).toContain("<title>‘김자반’ 검색 결과 | 자활장터</title>")
    expect(shown).toContain("‘김자반’ 검색 결과</h1>")
    const handles = hitHandles(html)
    expect(handles).toContain("naechingu-gim-jaban")
    expect(handles.indexOf("naechingu-gim-jaban")).toBeLessThan(3)
    const marks = [...shown.matchAll(/<mark[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1])
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.some((mark) => mark!.includes("김자반") || "김자반".includes(mark!))).toBe(true)
    const jaban = productOf("naechingu-gim-jaban")
    expect(shown).toContain(makerOf(jaban.maker).name)
    expect(shown).toContain(won(Math.min(...jaban.variants.map((v) => v.price))))
    expect(handles.length).toBe(Math.min(RESULTS_PER_PAGE, shownTotal(shown)!))
  })

  it("facets count what their link then shows; one facet ORs its values, facets AND together", async () => {
    const base = search("김")
    const first = await page(base)
    const total = shownTotal(first.page)!
    expect(total).toBeGreaterThan(1)
    const links = facetLinks(first.page).map((link) => ({ ...link, ...addedFilter(link, base)! }))
    expect(links.length).toBeGreaterThan(0)

    // every maker value: its page shows exactly the promised count, all of that maker
    const makerLinks = links.filter((link) => link.facet === "maker")
    expect(makerLinks.length).toBeGreaterThan(0)
    expect(makerLinks.reduce((sum, link) => sum + link.count, 0)).toBe(total)
    const [top, second] = [...makerLinks].sort((a, b) => b.count - a.count)
    const narrowed = await page(top!.href)
    expect(shownTotal(narrowed.page)).toBe(top!.count)
    for (const handle of hitHandles(narrowed.html)) expect(productOf(handle).maker).toBe(top!.value)
    expect(narrowed.page).toMatch(new RegExp(`aria-label="만든 곳 ${top!.label} 조건 지우기"`))
    expect(narrowed.page).toContain("조건 모두 지우기")

    // a second maker widens (OR) to the sum of both counts; its link is still offered with its count
    expect(second).toBeDefined()
    const widened = facetLinks(narrowed.page)
      .map((link) => ({ ...link, ...addedFilter(link, top!.href)! }))
      .find((link) => link.facet === "maker" && link.value === second!.value)
    expect(widened?.count).toBe(second!.count)
    const either = await page(widened!.href)
    expect(shownTotal(either.page)).toBe(top!.count + second!.count)

    // a value of another facet on the narrowed page narrows further (AND) to its count
    const other = facetLinks(narrowed.page)
      .map((link) => ({ ...link, ...addedFilter(link, top!.href)! }))
      .find((link) => link.facet !== "maker" && link.facet !== "" && link.count < top!.count)
    expect(other).toBeDefined()
    const both = await page(other!.href)
    expect(shownTotal(both.page)).toBe(other!.count)
    for (const handle of hitHandles(both.html)) expect(productOf(handle).maker).toBe(top!.value)
  })

  it("a filter in the URL narrows results, the sort form keeps it, and price_asc orders the hits", async () => {
    const region = makerOf("naechingu-gim").region
    const path = `${search("김")}&region=${encodeURIComponent(region)}&sort=price_asc`
    const { status, html, page: shown } = await page(path)
    expect(status).toBe(200)
    const handles = hitHandles(html)
    expect(handles.length).toBeGreaterThan(0)
    for (const handle of handles) expect(makerOf(productOf(handle).maker).region).toBe(region)
    expect(shownTotal(shown)).toBeLessThan(shownTotal((await page(search("김"))).page)!)
    expect(shown).toMatch(new RegExp(`<input type="hidden" name="region" value="${region}"/>`))
    expect(shown).toMatch(/<option value="price_asc" selected="">/)
    const prices = [...shown.matchAll(/가격 <\/span>([\d,]+)원/g)].map((m) => Number(m[1]!.replace(/,/g, "")))
    expect(prices.length).toBeGreaterThan(0)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
  })

  it("filters alone browse, and page links keep every filter", async () => {
    const cheap = products.filter((p) => Math.min(...p.variants.map((v) => v.price)) < 30000)
    const base = "/search?price_band=under-10000&price_band=10000-30000"
    const first = await page(base)
    expect(shownTotal(first.page)).toBe(cheap.length)
    expect(cheap.length).toBeGreaterThan(RESULTS_PER_PAGE)
    expect(hitHandles(first.html)).toHaveLength(RESULTS_PER_PAGE)
    expect(first.page).toContain(`href="${base}&page=2"`)
    const second = await page(`${base}&page=2`)
    const onBoth = [...hitHandles(first.html), ...hitHandles(second.html)]
    expect(new Set(onBoth).size).toBe(Math.min(cheap.length, 2 * RESULTS_PER_PAGE))
    for (const handle of onBoth) expect(cheap.map((p) => p.handle)).toContain(handle)
  })

  it("a nonsense query gets the helpful empty state", async () => {
    const { status, html, page: shown } = await page(search("쀍쀍qxzjv"))
    expect(status).toBe(200)
    expect(hitHandles(html)).toEqual([])
    expect(shown).toContain("‘쀍쀍qxzjv’에 맞는 상품을 찾지 못했습니다.")
    expect(shown).toContain("이렇게 찾아 보세요")
    expect(shown).toContain(`href="${search("ㄱㅈㅂ").replace(/&/g, "&amp;")}"`)
    expect(html).toContain('href="/gift-sets"')
    expect(html).toMatch(/href="\/categories\/[a-z0-9-]+"/)
  })

  it("/search without words shows tips and ways to browse instead of results", async () => {
    const { status, page: shown } = await page("/search")
    expect(status).toBe(200)
    expect(shown).toContain("<title>상품 검색 | 자활장터</title>")
    expect(shown).toContain("이렇게 찾아 보세요")
  })

  it("/api/search/suggest answers JSON with products, makers and brands", async () => {
    const response = await fetch(`${storefront.url}/api/search/suggest?q=${encodeURIComponent("내친구")}`)
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toContain("application/json")
    expect(response.headers.get("cache-control")).toContain("max-age=")
    const body = (await response.json()) as {
      products: { handle: string; title: string; price: number | null }[]
      makers: { handle: string; name: string }[]
      brands: { handle: string; name: string }[]
    }
    expect(body.products.length).toBeGreaterThan(0)
    expect(body.products.every((p) => typeof p.handle === "string" && typeof p.title === "string")).toBe(true)
    expect(body.products.some((p) => p.handle.startsWith("naechingu-gim"))).toBe(true)
    expect(body.makers.map((m) => m.handle)).toContain("naechingu-gim")
    expect(Array.isArray(body.brands)).toBe(true)

    const empty = await fetch(`${storefront.url}/api/search/suggest?q=%20`)
    expect(await empty.json()).toEqual({ products: [], makers: [], brands: [] })
    const long = await fetch(`${storefront.url}/api/search/suggest?q=${"김".repeat(51)}`)
    expect(long.status).toBe(400)
    expect(((await long.json()) as { message: string }).message).toContain("50자")
  })
})
