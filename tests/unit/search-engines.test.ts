import { describe, expect, it } from "vitest"
import { toJamo } from "../../backend/lib/korean/hangul"
import { analyzeQuery, wordEntry } from "../../backend/lib/korean/query-match"
import { facetValues } from "../../backend/modules/search/engines/meilisearch/engine"
import { buildFilter, quote } from "../../backend/modules/search/engines/meilisearch/filters"
import { choseongKeys, toMeilisearchDocument } from "../../backend/modules/search/engines/meilisearch/mapping"
import { meilisearchOptionsFromEnv } from "../../backend/modules/search/engines/meilisearch/options"
import { queryReadings, sortOf } from "../../backend/modules/search/engines/meilisearch/request"
import { CHOSEONG_FIELDS, KEY_FIELDS, LITERAL_FIELDS, MEILISEARCH_SETTINGS } from "../../backend/modules/search/engines/meilisearch/settings"
import { planQuery } from "../../backend/modules/search/engines/postgres/query-plan"
import { renderSql } from "../../backend/modules/search/engines/postgres/render-sql"
import { ResultCache } from "../../backend/modules/search/engines/postgres/result-cache"
import { searchSql } from "../../backend/modules/search/engines/postgres/search-sql"
import { toNumberedPlaceholders } from "../../backend/modules/search/engines/postgres/sql-client"
import { didYouMean } from "../../backend/modules/search/utils/did-you-mean"
import { documentPostings, FIELD, titleCompact } from "../../backend/modules/search/utils/document-words"
import { priceBandOf, PRICE_BAND_LABELS } from "../../backend/modules/search/utils/price-band"
import { FACETS, PRICE_BANDS, type SearchDocument, type SearchFilters } from "../../backend/modules/search/types"
import { toSearchDocument } from "../../backend/workflows/search/read-search-documents"

const doc: SearchDocument = {
  id: "prod_1",
  handle: "naechingu-gim-jaban",
  title: "내친구김 김자반",
  subtitle: "1봉 · 2봉",
  description: "국내산 원초로 만든 김자반입니다.",
  thumbnail: "http://localhost:9000/static/gim.svg",
  status: "published",
  sales_channel_ids: ["sc_1"],
  maker_handle: "naechingu-gim",
  maker_name: "내친구김",
  region: "광주광역시",
  brand_handle: "sosodream",
  brand_name: "소소드림",
  category_handles: ["laver-seafood"],
  category_names: ["김·수산"],
  tags: ["명절"],
  certifications: ["소규모 HACCP (식품안전관리인증)"],
  price: 3000,
  in_stock: true,
  product_created_at: "2026-11-23T00:00:00.000Z",
}
const noFilters = (): SearchFilters => Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as SearchFilters

describe("price bands", () => {
  it.each([
    [null, null],
    [0, "under-10000"],
    [9999, "under-10000"],
    [10000, "10000-30000"],
    [29999, "10000-30000"],
    [30000, "30000-50000"],
    [50000, "50000-100000"],
    [99999, "50000-100000"],
    [100000, "over-100000"],
  ])("%s원 → %s", (price, band) => {
    expect(priceBandOf(price)).toBe(band)
  })

  it("labels every band in Korean", () => {
    for (const band of PRICE_BANDS) expect(PRICE_BAND_LABELS[band]).toMatch(/원/)
  })
})

describe("search documents", () => {
  it("posts title, maker, brand, other fields and description words separately, with stems", () => {
    const postings = documentPostings(doc)
    expect(postings).toContainEqual({ word: "김자반", field: FIELD.title })
    expect(postings).toContainEqual({ word: "내친구김", field: FIELD.maker })
    expect(postings).toContainEqual({ word: "소소드림", field: FIELD.brand })
    expect(postings).toContainEqual({ word: "haccp", field: FIELD.other })
    expect(postings).toContainEqual({ word: "광주광역시", field: FIELD.other })
    expect(postings).toContainEqual({ word: "원초", field: FIELD.description }) // 원초로 → 원초
    expect(titleCompact(doc)).toBe("내친구김김자반")
  })

  it("builds a document from a product read through Query", () => {
    const built = toSearchDocument({
      id: "prod_1", handle: "h", title: "T", subtitle: "", description: null, thumbnail: null, status: "published",
      created_at: new Date("2026-01-02T03:04:05Z"),
      tags: [{ value: "명절" }],
      categories: [{ handle: "gift-sets", name: "선물세트" }],
      sales_channels: [{ id: "sc_1" }],
      maker: { handle: "m", name: "메이커", region: "서울특별시", status: "active", certifications: [{ name: "HACCP" }, { name: "HACCP" }] },
      joint_brand: null,
      variants: [
        { manage_inventory: true, calculated_price: { calculated_amount: 20000 }, inventory_items: [{ required_quantity: 2, inventory: { location_levels: [{ stocked_quantity: 1, reserved_quantity: 0 }] } }] },
        { manage_inventory: true, calculated_price: null, prices: [{ amount: 5000, currency_code: "krw", min_quantity: null }, { amount: 4000, currency_code: "krw", min_quantity: 10 }], inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 5, reserved_quantity: 5 }] } }] },
      ],
    })
    expect(built).toMatchObject({
      subtitle: null, description: "", price: 5000, in_stock: false, certifications: ["HACCP"], region: "서울특별시",
      category_handles: ["gift-sets"], category_names: ["선물세트"], product_created_at: "2026-01-02T03:04:05.000Z",
    })
  })

  it("hides products of a suspended maker", () => {
    const built = toSearchDocument({
      id: "p", handle: "h", title: "T", subtitle: null, description: "", thumbnail: null, status: "published", created_at: "2026-01-01",
      maker: { handle: "m", name: "M", region: "R", status: "suspended" },
    })
    expect(built.status).toBe("maker_suspended")
    expect(built.maker_handle).toBeNull()
  })
})

describe("built-in engine: query plan and SQL", () => {
  const dictionary = ["김자반", "내친구김", "전장김", "선물세트", "선물", "기프트", "비누"].map((w) => ({ ...wordEntry(w), fields: 1 << FIELD.title }))

  it("expands each query word to dictionary words with scores", () => {
    const plan = planQuery("김자반을 선물세트", dictionary)
    expect(plan.tokens.map((t) => t.raw)).toEqual(["김자반을", "선물세트"])
    expect(plan.expansions.filter((e) => e.token === 0).map((e) => e.word)).toEqual(["김자반"])
    // 선물세트 also reaches its synonyms
    expect(plan.expansions.filter((e) => e.token === 1).map((e) => e.word)).toEqual(expect.arrayContaining(["선물세트", "선물", "기프트"]))
    expect(plan.matchable).toBe(2)
    expect(plan.compactLike).toBeNull()
  })

  it("scans run-together titles only for words missing from the dictionary, with LIKE escaped", () => {
    expect(planQuery("김자반1봉", dictionary).compactLike).toBe("%김자반1봉%")
    // punctuation never reaches LIKE: normalization drops it (% and _ included)
    expect(planQuery("50%_할인", dictionary).compactLike).toBe("%50할인%")
  })

  it("looks lone characters up in names only", () => {
    expect(planQuery("김", dictionary).expansions.every((e) => e.max_field === FIELD.brand)).toBe(true)
    expect(planQuery("김자반", dictionary).expansions.every((e) => e.max_field === FIELD.description)).toBe(true)
  })

  it("renders named parameters in order of appearance, arrays as JSON", () => {
    const { sql, bindings } = renderSql("select {{b}}, {{a}}, {{b}}", { a: [1, 2], b: "x" })
    expect(sql).toBe("select ?, ?, ?")
    expect(bindings).toEqual(["x", "[1,2]", "x"])
    expect(() => renderSql("{{missing}}", {})).toThrow(/missing/)
    expect(toNumberedPlaceholders("select ?, '?', ?")).toBe("select $1, '?', $2")
  })

  it("filters only on facets that have values, and counts each facet without its own filter", () => {
    const filters = { ...noFilters(), maker: ["a"], region: ["서울특별시"] }
    const sql = searchSql({ hasQuery: true, filters, sort: "price_asc", facets: true })
    expect(sql).toContain("d.maker_handle = any(")
    expect(sql).toContain("true as f_category")
    expect(sql).toMatch(/order by price asc nulls last/)
    const makerFacet = sql.slice(sql.indexOf("select maker_handle as value"), sql.indexOf("as facet_maker"))
    expect(makerFacet).not.toContain("f_maker and")
    expect(makerFacet).toContain("f_region")
    // every {{param}} is one the engine provides
    const names = new Set([...sql.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))
    expect([...names].sort()).toEqual(
      ["compactLike", "expansions", "limit", "needed", "offset", "sales_channel_ids", "words", ...FACETS.map((f) => `f_${f}`)]
        .filter((n) => !n.startsWith("f_") || ["f_maker", "f_region"].includes(n))
        .sort()
    )
    expect(searchSql({ hasQuery: false, filters: noFilters(), sort: "newest", facets: false })).not.toContain("facet_")
  })

  it("suggests the closest name words for misspelled query words", () => {
    expect(didYouMean(analyzeQuery("김자빈바"), dictionary)).toContain("김자반")
    expect(didYouMean(analyzeQuery("김자반"), dictionary)).toEqual([])
    expect(didYouMean(analyzeQuery("ㄱㅈㅂ"), dictionary)).toEqual([])
    expect(didYouMean(analyzeQuery("비누 김자밥"), dictionary)[0]).toBe("비누 김자반")
  })

  it("caches a bounded number of browse results, most recent kept", () => {
    const cache = new ResultCache<number>(2)
    cache.set("a", 1)
    cache.set("b", 2)
    cache.get("a")
    cache.set("c", 3)
    expect(cache.get("a")).toBe(1)
    expect(cache.get("b")).toBeUndefined()
    expect(cache.get("c")).toBe(3)
  })
})

describe("Meilisearch engine: settings, mapping, filters, query readings", () => {
  it("is switched on by MEILISEARCH_HOST, the key optional", () => {
    expect(meilisearchOptionsFromEnv({})).toBeNull()
    expect(meilisearchOptionsFromEnv({ MEILISEARCH_HOST: " " })).toBeNull()
    expect(meilisearchOptionsFromEnv({ MEILISEARCH_HOST: "http://127.0.0.1:7700" })).toEqual({ host: "http://127.0.0.1:7700", apiKey: undefined, indexUid: "jahwal_products" })
    expect(meilisearchOptionsFromEnv({ MEILISEARCH_HOST: "http://m", MEILISEARCH_API_KEY: "k", MEILISEARCH_INDEX: "p" })).toEqual({ host: "http://m", apiKey: "k", indexUid: "p" })
  })

  it("ranks title fields above maker/brand above the rest above the description", () => {
    const order = MEILISEARCH_SETTINGS.searchableAttributes
    expect(order.indexOf("title")).toBeLessThan(order.indexOf("maker_name"))
    expect(order.indexOf("title_keys")).toBeLessThan(order.indexOf("brand_name"))
    expect(order.indexOf("brand_name")).toBeLessThan(order.indexOf("category_names"))
    expect(order.at(-1)).toBe("description")
  })

  it("can filter on every facet, sort on price and date, and searches every field it reads", () => {
    const filterable = MEILISEARCH_SETTINGS.filterableAttributes
    for (const a of ["status", "sales_channel_ids", "category_handles", "maker_handle", "region", "brand_handle", "price_band", "certifications", "id"]) {
      expect(filterable).toContain(a)
    }
    expect(MEILISEARCH_SETTINGS.sortableAttributes).toEqual(["price", "created_at_ts"])
    for (const f of [...LITERAL_FIELDS, ...KEY_FIELDS, ...CHOSEONG_FIELDS]) expect(MEILISEARCH_SETTINGS.searchableAttributes).toContain(f)
    expect(MEILISEARCH_SETTINGS.typoTolerance.minWordSizeForTypos).toEqual({ oneTypo: 4, twoTypos: 8 })
    expect(MEILISEARCH_SETTINGS.typoTolerance.disableOnAttributes).toEqual(CHOSEONG_FIELDS)
    expect(MEILISEARCH_SETTINGS.synonyms.선물세트).toContain("기프트")
  })

  it("maps a document with keystroke and 초성 fields", () => {
    const m = toMeilisearchDocument(doc)
    expect(m).toMatchObject({
      id: "prod_1",
      price_band: "under-10000",
      stock_rank: 1,
      created_at_ts: Date.parse(doc.product_created_at) / 1000,
      title_keys: "soclsrnrla rlawkqks", // 내친구김 김자반 typed on the QWERTY keys
      title_choseong: "scrr rwq", // ㄴㅊㄱㄱ ㄱㅈㅂ
      party_keys: "soclsrnrla ththemfla",
    })
    expect(m.title_stems.split(" ")).toEqual(["내친구김", "김자반"])
    expect(m).not.toHaveProperty("product_created_at")
    expect(choseongKeys("김자반 세트")).toBe("rwq tx")
  })

  it("translates filters: AND across facets, OR within, quotes escaped, published in the channel", () => {
    const filters = { ...noFilters(), maker: ["a", "b"], certification: ['say "hi"'] }
    expect(buildFilter(filters, ["sc_1"])).toEqual([
      'status = "published"',
      ['sales_channel_ids = "sc_1"'],
      ['maker_handle = "a"', 'maker_handle = "b"'],
      ['certifications = "say \\"hi\\""'],
    ])
    expect(buildFilter(filters, ["sc_1"], "maker")).toEqual([
      'status = "published"',
      ['sales_channel_ids = "sc_1"'],
      ['certifications = "say \\"hi\\""'],
    ])
    expect(buildFilter(noFilters(), [])).toEqual(['status = "published"', ['sales_channel_ids = "none"']])
    expect(quote("a\\b")).toBe('"a\\\\b"')
  })

  it("searches a query as typed, without particles, as keystrokes and as 초성 keys", () => {
    expect(queryReadings("김자반을")).toEqual([
      { q: "김자반을", attributesToSearchOn: LITERAL_FIELDS, weight: 1 },
      { q: "김자반", attributesToSearchOn: LITERAL_FIELDS, weight: 0.95 },
      { q: "rlawkqks", attributesToSearchOn: KEY_FIELDS, weight: 0.8 },
    ])
    // a typo one key off stays one edit away in the keystroke field, where typo tolerance applies
    expect(queryReadings("김자밤")[1]).toEqual({ q: "rlawkqka", attributesToSearchOn: KEY_FIELDS, weight: 0.8 })
    expect(queryReadings("ㄱㅈㅂ")).toEqual([{ q: "rwq", attributesToSearchOn: CHOSEONG_FIELDS, weight: 0.9 }])
    expect(queryReadings("")).toEqual([{ q: "", attributesToSearchOn: LITERAL_FIELDS, weight: 1 }])
    expect(queryReadings("rlawkqks").map((r) => r.q)).toEqual(["rlawkqks"])
    expect(toJamo("밤")).not.toBe(toJamo("반"))
  })

  it("sorts by price and date", () => {
    expect(sortOf("relevance")).toBeUndefined()
    expect(sortOf("price_asc")).toEqual(["price:asc"])
    expect(sortOf("price_desc")).toEqual(["price:desc"])
    expect(sortOf("newest")).toEqual(["created_at_ts:desc"])
  })

  it("labels facet values from the hits and price bands in Korean", () => {
    const hits = [toMeilisearchDocument(doc)]
    expect(facetValues("maker", { "naechingu-gim": 5, other: 7 }, hits)).toEqual([
      { value: "other", count: 7, label: "other" },
      { value: "naechingu-gim", count: 5, label: "내친구김" },
    ])
    expect(facetValues("price_band", { "under-10000": 2 }, hits)).toEqual([{ value: "under-10000", count: 2, label: "1만원 미만" }])
    expect(facetValues("category", { "laver-seafood": 1 }, hits)[0].label).toBe("김·수산")
    expect(facetValues("maker", { other: 1 }, hits, new Map([["maker:other", "다른 메이커"]]))[0].label).toBe("다른 메이커")
  })
})
