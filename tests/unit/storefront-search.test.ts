import { describe, expect, it } from "vitest"
import { highlightSegments, markTypedWords } from "../../storefront/lib/util/highlight"
import {
  clearFiltersHref,
  emptySearchFilters,
  hasSearchFilters,
  listParam,
  pageHref,
  parseSearchQuery,
  querySearchHref,
  searchHref,
  toggleFilterHref,
  toSearchApiQuery,
  type SearchQuery,
} from "../../storefront/lib/util/search-query"
import { suggestionGroups } from "../../storefront/modules/search/suggestion-options"

const SEOUL = "서울특별시"
const GWANGJU = "광주광역시"

/** The query parameters of an href, as a server would read them (repeated keys become arrays). */
function paramsOf(href: string): Record<string, string | string[]> {
  const params = new URL(href, "http://shop.test").searchParams
  const read: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    read[key] = values.length === 1 ? values[0]! : values
  }
  return read
}

const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  filters: emptySearchFilters(),
  sort: "relevance",
  page: 1,
  ...over,
})

describe("listParam", () => {
  it("takes repeated keys and comma-separated lists, trimmed, without blanks or duplicates", () => {
    expect(listParam(undefined)).toEqual([])
    expect(listParam("")).toEqual([])
    expect(listParam("a")).toEqual(["a"])
    expect(listParam(["a", "b"])).toEqual(["a", "b"])
    expect(listParam("a, b,,a")).toEqual(["a", "b"])
    expect(listParam(["a,b", " c ", "b"])).toEqual(["a", "b", "c"])
  })
})

describe("parseSearchQuery", () => {
  it("reads words, every facet, sort and page", () => {
    const parsed = parseSearchQuery({
      q: "  김자반   선물 ",
      category: ["laver-seafood", "gift-sets"],
      maker: "naechingu-gim,matsarang",
      region: SEOUL,
      brand: "sosodream",
      price_band: ["under-10000", "10000-30000"],
      certification: "HACCP",
      sort: "price_asc",
      page: "3",
    })
    expect(parsed).toEqual({
      q: "김자반 선물",
      filters: {
        category: ["laver-seafood", "gift-sets"],
        price_band: ["under-10000", "10000-30000"],
        region: [SEOUL],
        maker: ["naechingu-gim", "matsarang"],
        brand: ["sosodream"],
        certification: ["HACCP"],
      },
      sort: "price_asc",
      page: 3,
    })
  })

  it("drops what the API would refuse, so an old or mistyped link still searches", () => {
    const parsed = parseSearchQuery({
      q: "   ",
      category: ["Laver Seafood", "laver-seafood"],
      maker: "../etc",
      price_band: ["cheap", "over-100000"],
      region: "서",
      sort: "popular",
      page: "-2",
    })
    expect(parsed.q).toBeUndefined()
    expect(parsed.filters.category).toEqual(["laver-seafood"])
    expect(parsed.filters.maker).toEqual([])
    expect(parsed.filters.price_band).toEqual(["over-100000"])
    expect(parsed.filters.region).toEqual([])
    expect(parsed.sort).toBe("relevance")
    expect(parsed.page).toBe(1)
  })

  it("cuts overlong words and caps the number of values per facet", () => {
    const parsed = parseSearchQuery({ q: "김".repeat(300), maker: Array.from({ length: 50 }, (_, i) => `m${i}`) })
    expect(parsed.q).toHaveLength(100)
    expect(parsed.filters.maker).toHaveLength(20)
  })

  it("knows whether any filter is chosen", () => {
    expect(hasSearchFilters(parseSearchQuery({ q: "김" }).filters)).toBe(false)
    expect(hasSearchFilters(parseSearchQuery({ q: "김", region: GWANGJU }).filters)).toBe(true)
  })
})

describe("search URLs", () => {
  it("writes repeated keys in a fixed order and leaves defaults out", () => {
    expect(searchHref(query())).toBe("/search")
    expect(searchHref(query({ q: "김자반" }))).toBe(`/search?q=${encodeURIComponent("김자반")}`)
    const href = searchHref(
      query({
        q: "김",
        filters: { ...emptySearchFilters(), maker: ["b", "a"], category: ["c"] },
        sort: "newest",
        page: 2,
      })
    )
    expect(href).toBe(`/search?q=${encodeURIComponent("김")}&category=c&maker=b&maker=a&sort=newest&page=2`)
  })

  it("round-trips through the parser: the URL is the whole state of the page", () => {
    const original = query({
      q: "ㄱㅈㅂ",
      filters: { ...emptySearchFilters(), region: [SEOUL, GWANGJU], price_band: ["30000-50000"], certification: ["HACCP"] },
      sort: "price_desc",
      page: 4,
    })
    expect(parseSearchQuery(paramsOf(searchHref(original)))).toEqual(original)
  })

  it("toggles one facet value, keeping the others and going back to page 1", () => {
    const current = query({ q: "김", filters: { ...emptySearchFilters(), region: [SEOUL] }, sort: "price_asc", page: 3 })
    const added = parseSearchQuery(paramsOf(toggleFilterHref(current, "region", GWANGJU)))
    expect(added.filters.region).toEqual([SEOUL, GWANGJU])
    expect(added).toMatchObject({ q: "김", sort: "price_asc", page: 1 })
    const removed = parseSearchQuery(paramsOf(toggleFilterHref(current, "region", SEOUL)))
    expect(removed.filters.region).toEqual([])
    expect(removed).toMatchObject({ q: "김", sort: "price_asc", page: 1 })
  })

  it("clears every filter but keeps words and sort; pages keep everything", () => {
    const current = query({
      q: "김",
      filters: { ...emptySearchFilters(), maker: ["naechingu-gim"], brand: ["sosodream"] },
      sort: "newest",
      page: 2,
    })
    expect(clearFiltersHref(current)).toBe(`/search?q=${encodeURIComponent("김")}&sort=newest`)
    expect(parseSearchQuery(paramsOf(pageHref(current, 5)))).toEqual({ ...current, page: 5 })
    expect(pageHref(current, 1)).not.toContain("page=")
  })

  it("a suggested query starts a fresh search", () => {
    expect(querySearchHref("김자반")).toBe(`/search?q=${encodeURIComponent("김자반")}`)
  })
})

describe("toSearchApiQuery", () => {
  it("sends several values of a facet comma-separated, and only the facets chosen", () => {
    const api = toSearchApiQuery(
      query({ q: "김", filters: { ...emptySearchFilters(), maker: ["a", "b"], region: [SEOUL] }, page: 2 }),
      24
    )
    expect(api).toEqual({ q: "김", maker: "a,b", region: SEOUL, sort: "relevance", page: 2, limit: 24 })
    expect(toSearchApiQuery(query(), 12)).toEqual({ sort: "relevance", page: 1, limit: 12 })
  })
})

describe("highlightSegments", () => {
  it("keeps the API's segments, merging neighbours and dropping empty ones", () => {
    expect(
      highlightSegments("내친구김 김자반", [
        { text: "내친구김 ", match: false },
        { text: "김", match: true },
        { text: "자반", match: true },
        { text: "", match: false },
      ])
    ).toEqual([
      { text: "내친구김 ", match: false },
      { text: "김자반", match: true },
    ])
  })

  it("shows the plain text when the segments do not spell it", () => {
    expect(highlightSegments("김자반", undefined)).toEqual([{ text: "김자반", match: false }])
    expect(highlightSegments("김자반", [{ text: "<b>김</b>자반", match: true }])).toEqual([
      { text: "김자반", match: false },
    ])
    expect(highlightSegments("", [])).toEqual([])
  })

  it("passes markup through as text: segments are never HTML", () => {
    const title = "<img src=x onerror=alert(1)> 김"
    const segments = highlightSegments(title, [
      { text: "<img src=x onerror=alert(1)> ", match: false },
      { text: "김", match: true },
    ])
    expect(segments.map((s) => s.text).join("")).toBe(title)
  })
})

describe("markTypedWords", () => {
  it("marks every occurrence of each typed word, ignoring case", () => {
    expect(markTypedWords("내친구김 김자반", "김")).toEqual([
      { text: "내친구", match: false },
      { text: "김", match: true },
      { text: " ", match: false },
      { text: "김", match: true },
      { text: "자반", match: false },
    ])
    expect(markTypedWords("HACCP 인증 김", "haccp 김")).toEqual([
      { text: "HACCP", match: true },
      { text: " 인증 ", match: false },
      { text: "김", match: true },
    ])
  })

  it("leaves the text unmarked when nothing typed occurs in it (a 초성 query)", () => {
    expect(markTypedWords("김자반", "ㄱㅈㅂ")).toEqual([{ text: "김자반", match: false }])
    expect(markTypedWords("김자반", "  ")).toEqual([{ text: "김자반", match: false }])
  })
})

describe("suggestionGroups", () => {
  it("groups 상품, 만든 곳 and 공동브랜드 in that order with links and unique ids, empty groups left out", () => {
    const groups = suggestionGroups("box", {
      products: [{ handle: "naechingu-gim-jaban", title: "내친구김 김자반", thumbnail: null, price: 5000 }],
      makers: [{ handle: "naechingu-gim", name: "내친구김" }],
      brands: [],
    })
    expect(groups.map((g) => g.label)).toEqual(["상품", "만든 곳"])
    expect(groups[0]!.options[0]).toEqual({
      id: "box-product-naechingu-gim-jaban",
      label: "내친구김 김자반",
      href: "/products/naechingu-gim-jaban",
      thumbnail: null,
      price: 5000,
    })
    expect(groups[1]!.options[0]).toEqual({ id: "box-maker-naechingu-gim", label: "내친구김", href: "/makers/naechingu-gim" })
    expect(suggestionGroups("box", { products: [], makers: [], brands: [{ handle: "sosodream", name: "소소드림" }] })).toEqual([
      { key: "brands", label: "공동브랜드", options: [{ id: "box-brand-sosodream", label: "소소드림", href: "/brands/sosodream" }] },
    ])
  })
})
