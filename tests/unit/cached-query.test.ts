import { describe, expect, it } from "vitest"
import { CACHED_PAGES, CATALOG_QUERY_KEYS, cachedPathname, decodeQuery, encodeQuery, SEARCH_WORD_CHARS, SEARCH_WORDS_REWRITE } from "../../storefront/lib/routing/cached-query"
import { config } from "../../storefront/proxy"

const params = (text: string) => new URLSearchParams(text)

describe("the cached catalog's query segment (storefront/lib/routing/cached-query.ts)", () => {
  it("is the same for the same parameters in any order, and _ for none", () => {
    expect(encodeQuery(params("page=2&region=서울특별시"))).toBe(encodeQuery(params("region=서울특별시&page=2")))
    expect(encodeQuery(params(""))).toBe("_")
    expect(encodeQuery(params("page=2"))).not.toBe(encodeQuery(params("page=3")))
  })

  it("drops tracking parameters, odd names, blanks and overlong values, so they never split the cache", () => {
    expect(encodeQuery(params("utm_source=kakao&fbclid=x&gclid=y&_rsc=abc"))).toBe("_")
    expect(encodeQuery(params("Page=2&x-y=1&q=%20%20"))).toBe("_")
    expect(encodeQuery(params(`q=${"가".repeat(201)}`))).toBe("_")
    expect(encodeQuery(params("q=김&utm_medium=sns"))).toBe(encodeQuery(params("q=김")))
  })

  it("decodes back to the page's searchParams, repeated keys as arrays; garbage to none", () => {
    expect(decodeQuery(encodeQuery(params("q=김 자반&maker=a&maker=b&sort=price_asc")))).toEqual({ q: "김 자반", maker: ["a", "b"], sort: "price_asc" })
    expect(decodeQuery("_")).toEqual({})
    expect(decodeQuery("%%%")).toEqual({})
    expect(decodeQuery(Buffer.from("Evil=1&ok=2").toString("base64url"))).toEqual({ ok: "2" })
  })

  it("maps only catalog addresses to the internal prefix", () => {
    expect(cachedPathname("/", params(""))).toBe("/v/_")
    expect(cachedPathname("/categories/side-dishes/", params("page=2"))).toBe(`/v/${encodeQuery(params("page=2"))}/categories/side-dishes`)
    expect(cachedPathname("/cart", params(""))).toBeNull()
    expect(cachedPathname("/account/orders", params("page=2"))).toBeNull()
    for (const page of CACHED_PAGES) expect(cachedPathname(page.replace(":handle", "x"), params(""))).not.toBeNull()
  })

  it("reads the search words of next.config.ts's rewrite (q~…), with encodeQuery's limits", () => {
    expect(decodeQuery("q~밀키트")).toEqual({ q: "밀키트" })
    expect(decodeQuery(`q~${encodeURIComponent("김 자반")}`)).toEqual({ q: "김 자반" })
    expect(decodeQuery("q~%E0%A4%A")).toEqual({})
    expect(decodeQuery("q~%20%20")).toEqual({})
    expect(decodeQuery(`q~${"가".repeat(201)}`)).toEqual({})
    // no encodeQuery segment can be mistaken for one: "~" is not base64url
    expect(encodeQuery(params("q=밀키트"))).not.toContain("~")
  })

  it("rewrites only plain words (Hangul, jamo, letters, digits, space, hyphen) with no other page parameter", () => {
    const words = new RegExp(`^${SEARCH_WORDS_REWRITE.has[0]!.value}$`)
    for (const ok of ["밀키트", "ㄱㅈㅂ", "김 자반", "K-푸드 2kg"]) expect(words.test(ok), ok).toBe(true)
    for (const no of ["", "  ", "100%", "a/b", "a?b", "a#b", "김&자반"]) expect(words.test(no), no).toBe(false)
    expect(SEARCH_WORDS_REWRITE.missing.map((m) => m.key)).toEqual(expect.arrayContaining(["page", "sort", "maker", "category"]))
    expect(SEARCH_WORDS_REWRITE.destination).toBe("/v/q~:words/search")
  })
})

describe("proxy.ts's matcher, a literal Next reads when building, agrees with cached-query.ts", () => {
  it("lists q and every other catalog key, and sends /search only the words the rewrite refuses", () => {
    const keys = config.matcher.flatMap((m) => m.has.map((h) => h.key))
    expect(new Set(keys)).toEqual(new Set(["q", ...CATALOG_QUERY_KEYS]))
    const searchWords = config.matcher.filter((m) => m.source === "/search")
    expect(searchWords).toHaveLength(1)
    expect(searchWords[0]!.has[0]).toEqual({ type: "query", key: "q", value: `.*[^${SEARCH_WORD_CHARS}].*` })
  })
})
