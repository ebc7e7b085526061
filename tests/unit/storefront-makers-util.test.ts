import { describe, expect, it } from "vitest"
import { formatCalendarDate, isBeforeToday } from "../../storefront/lib/util/date"
import { hasMakerFilters, parseMakerFilters } from "../../storefront/lib/util/maker-filters"
import { isMakerKind, makerKindLabel } from "../../storefront/lib/util/maker-kinds"
import { nameInitial } from "../../storefront/lib/util/name-initial"
import { firstParam, handleParam, hrefWithQuery, textParam } from "../../storefront/lib/util/search-params"

describe("maker kinds", () => {
  it("labels the three kinds in Korean", () => {
    expect(makerKindLabel("self_sufficiency_enterprise")).toBe("자활기업")
    expect(makerKindLabel("regional_enterprise")).toBe("광역자활기업")
    expect(makerKindLabel("work_unit")).toBe("자활근로사업단")
    expect(makerKindLabel("company")).toBe("만든 곳")
    expect(isMakerKind("work_unit")).toBe(true)
    expect(isMakerKind(undefined)).toBe(false)
  })
})

describe("query parameters", () => {
  it("reads the first, trimmed, non-blank value", () => {
    expect(firstParam(" 광주광역시 ")).toBe("광주광역시")
    expect(firstParam(["a", "b"])).toBe("a")
    expect(firstParam("  ")).toBeUndefined()
    expect(firstParam(undefined)).toBeUndefined()
  })

  it("accepts only real handles and text of the allowed length", () => {
    expect(handleParam("naechingu-gim")).toBe("naechingu-gim")
    expect(handleParam("Not A Handle")).toBeUndefined()
    expect(handleParam("../admin")).toBeUndefined()
    expect(textParam("서울특별시", 2, 20)).toBe("서울특별시")
    expect(textParam("서", 2, 20)).toBeUndefined()
    expect(textParam("x".repeat(21), 2, 20)).toBeUndefined()
  })

  it("builds links that keep filters, drop empty ones and never write page 1", () => {
    expect(hrefWithQuery("/makers", { region: "광주광역시", kind: undefined, page: 2 })).toBe(
      `/makers?region=${encodeURIComponent("광주광역시")}&page=2`
    )
    expect(hrefWithQuery("/makers", { region: "", page: 1 })).toBe("/makers")
    expect(hrefWithQuery("/c/x", { q: "a&b=c" })).toBe("/c/x?q=a%26b%3Dc")
  })
})

describe("parseMakerFilters", () => {
  it("keeps what the Store API accepts and drops the rest", () => {
    expect(parseMakerFilters({ region: "광주광역시", kind: "work_unit", certification: "HACCP", page: "2" })).toEqual({
      region: "광주광역시",
      kind: "work_unit",
      certification: "HACCP",
    })
    const dropped = parseMakerFilters({ region: "광", kind: "company", q: "", color: "red" })
    expect(dropped).toEqual({})
    expect(hasMakerFilters(dropped)).toBe(false)
    expect(hasMakerFilters(parseMakerFilters({ q: "김" }))).toBe(true)
  })
})

describe("calendar dates", () => {
  it("formats YYYY-MM-DD as that day, whatever the time zone", () => {
    expect(formatCalendarDate("2019-03-04")).toBe("2019년 3월 4일")
    expect(formatCalendarDate("2025-12-31")).toBe("2025년 12월 31일")
    expect(() => formatCalendarDate("2019-3-4")).toThrow(RangeError)
  })

  it("tells whether a date is over in Seoul", () => {
    const now = new Date("2025-11-30T16:00:00Z") // 2025-12-01 01:00 in Seoul
    expect(isBeforeToday("2025-11-30", now)).toBe(true)
    expect(isBeforeToday("2025-12-01", now)).toBe(false)
    expect(isBeforeToday("2026-01-01", now)).toBe(false)
  })
})

describe("nameInitial", () => {
  it("takes the first letter of the name itself, after any legal-form prefix", () => {
    expect(nameInitial("내친구김")).toBe("내")
    expect(nameInitial("(유)행복한밥상")).toBe("행")
    expect(nameInitial("(주)극단 아낌없이주는나무")).toBe("극")
    expect(nameInitial("㈜마루인테리어")).toBe("마")
    expect(nameInitial("협동조합 함께밥상")).toBe("함")
    expect(nameInitial("사회적협동조합 대전희망주거")).toBe("대")
    expect(nameInitial("eco-손모아")).toBe("E")
    expect(nameInitial("(주)")).toBe("주")
    expect(nameInitial("")).toBe("?")
  })
})
