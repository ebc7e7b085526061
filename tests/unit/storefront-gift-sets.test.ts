import { describe, expect, it } from "vitest"
import {
  describeGiftSetFilters,
  filterGiftSets,
  hasGiftSetFilters,
  offeredPriceBands,
  parseGiftSetFilters,
  sortGiftSets,
  type GiftSetFacts,
} from "../../storefront/lib/util/gift-set-filters"

const set = (title: string, price: number | null, tags: string[], extra: Partial<GiftSetFacts> = {}): GiftSetFacts => ({
  title,
  price,
  tags,
  featured: false,
  soldOut: false,
  ...extra,
})

const sets = [
  set("내친구김 실속세트", 14000, ["명절", "감사"]),
  set("내친구김 선물세트", 20000, ["명절", "감사", "연말"], { featured: true }),
  set("행복가게 수제비누 선물세트", 22000, ["감사", "가정의달"]),
  set("깨끗한세상 우리쌀 선물세트", 29999, ["명절"]),
  set("소소드림 광주 한아름 꾸러미", 33000, ["명절", "연말", "연합세트"], { featured: true }),
  set("가격 미정 세트", null, ["명절"]),
  set("작은 세트", 9000, ["감사"], { soldOut: true }),
]
const titles = (list: GiftSetFacts[]) => list.map((s) => s.title)

describe("parseGiftSetFilters", () => {
  it("reads price band, occasion, 연합세트 and sort from the URL", () => {
    expect(parseGiftSetFilters({ price: "20000-29999", occasion: "명절", union: "1", sort: "price_desc" })).toEqual({
      price: "20000-29999",
      occasion: "명절",
      union: true,
      sort: "price_desc",
    })
  })

  it("takes 30000+ also as it arrives unencoded (a + in a query is a space)", () => {
    expect(parseGiftSetFilters({ price: "30000+" }).price).toBe("30000+")
    expect(parseGiftSetFilters({ price: "30000 " }).price).toBe("30000+")
    expect(parseGiftSetFilters({ price: "0-9999" }).price).toBe("0-9999")
  })

  it("drops unknown values and defaults to 추천순", () => {
    expect(parseGiftSetFilters({ price: "1-2", occasion: "생일", union: "no", sort: "cheap" })).toEqual({ sort: "recommended" })
    expect(parseGiftSetFilters({ price: "", occasion: "" })).toEqual({ sort: "recommended" })
    expect(hasGiftSetFilters(parseGiftSetFilters({ sort: "price_asc" }))).toBe(false)
    expect(hasGiftSetFilters(parseGiftSetFilters({ union: "on" }))).toBe(true)
  })
})

describe("filterGiftSets", () => {
  it("keeps the sets of a price band, bounds included; unpriced sets never match a band", () => {
    const f = parseGiftSetFilters({ price: "20000-29999" })
    expect(titles(filterGiftSets(sets, f))).toEqual(["내친구김 선물세트", "행복가게 수제비누 선물세트", "깨끗한세상 우리쌀 선물세트"])
    expect(titles(filterGiftSets(sets, parseGiftSetFilters({ price: "30000+" })))).toEqual(["소소드림 광주 한아름 꾸러미"])
    expect(titles(filterGiftSets(sets, parseGiftSetFilters({ price: "0-9999" })))).toEqual(["작은 세트"])
  })

  it("combines occasion, 연합세트 and price band", () => {
    expect(titles(filterGiftSets(sets, parseGiftSetFilters({ occasion: "연말" })))).toEqual(["내친구김 선물세트", "소소드림 광주 한아름 꾸러미"])
    expect(titles(filterGiftSets(sets, parseGiftSetFilters({ occasion: "명절", price: "10000-19999" })))).toEqual(["내친구김 실속세트"])
    expect(titles(filterGiftSets(sets, parseGiftSetFilters({ union: "1", occasion: "명절" })))).toEqual(["소소드림 광주 한아름 꾸러미"])
    expect(filterGiftSets(sets, parseGiftSetFilters({ union: "1", occasion: "가정의달" }))).toEqual([])
    expect(filterGiftSets(sets, parseGiftSetFilters({}))).toHaveLength(sets.length)
  })
})

describe("sortGiftSets", () => {
  it("추천순: buyable before sold out, featured first, then by title", () => {
    expect(titles(sortGiftSets(sets, "recommended"))).toEqual([
      "내친구김 선물세트",
      "소소드림 광주 한아름 꾸러미",
      "가격 미정 세트",
      "깨끗한세상 우리쌀 선물세트",
      "내친구김 실속세트",
      "행복가게 수제비누 선물세트",
      "작은 세트",
    ])
  })

  it("sorts by price either way, unpriced last, without changing the input", () => {
    const copy = [...sets]
    expect(sortGiftSets(sets, "price_asc").map((s) => s.price)).toEqual([9000, 14000, 20000, 22000, 29999, 33000, null])
    expect(sortGiftSets(sets, "price_desc").map((s) => s.price)).toEqual([33000, 29999, 22000, 20000, 14000, 9000, null])
    expect(sets).toEqual(copy)
  })

  it("breaks price ties by title", () => {
    const tied = [set("나 세트", 20000, []), set("가 세트", 20000, [])]
    expect(titles(sortGiftSets(tied, "price_desc"))).toEqual(["가 세트", "나 세트"])
  })
})

describe("price bands and the result line", () => {
  it("offers 1만원 미만 only when a set costs that little or it is chosen", () => {
    const labels = (prices: (number | null)[], chosen?: "0-9999") => offeredPriceBands(prices, chosen).map((b) => b.label)
    expect(labels([14000, 20000, 35000])).toEqual(["1만원대", "2만원대", "3만원 이상"])
    expect(labels([9000, 20000])).toEqual(["1만원 미만", "1만원대", "2만원대", "3만원 이상"])
    expect(labels([20000], "0-9999")).toEqual(["1만원 미만", "1만원대", "2만원대", "3만원 이상"])
  })

  it("describes the chosen filters in words", () => {
    const f = parseGiftSetFilters({ price: "30000+", occasion: "명절", union: "1", sort: "price_asc" })
    expect(describeGiftSetFilters(f)).toEqual(["3만원 이상", "명절", "연합세트"])
    expect(describeGiftSetFilters(parseGiftSetFilters({ sort: "price_desc" }))).toEqual([])
  })
})
