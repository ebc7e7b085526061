import { describe, expect, it } from "vitest"
import { formatDate, formatDateTime } from "../../storefront/lib/util/date"
import { formatPriceFrom, formatWon } from "../../storefront/lib/util/money"
import { countPages, pageLinks, pageOffset, parsePageParam } from "../../storefront/lib/util/pagination"

describe("formatWon", () => {
  it("writes integer won with thousands separators", () => {
    expect(formatWon(20000)).toBe("20,000원")
    expect(formatWon(5500)).toBe("5,500원")
    expect(formatWon(1234567)).toBe("1,234,567원")
    expect(formatWon(0)).toBe("0원")
    expect(formatWon(900)).toBe("900원")
  })

  it("puts the minus sign before negative amounts", () => {
    expect(formatWon(-1000)).toBe("-1,000원")
  })

  it("never shows decimals and never shows negative zero", () => {
    expect(formatWon(1999.6)).toBe("2,000원")
    expect(formatWon(-0.4)).toBe("0원")
  })

  it("refuses amounts that are not numbers", () => {
    expect(() => formatWon(Number.NaN)).toThrow(RangeError)
    expect(() => formatWon(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})

describe("formatPriceFrom", () => {
  it("shows one price when every variant costs the same", () => {
    expect(formatPriceFrom([5500])).toBe("5,500원")
    expect(formatPriceFrom([5500, 5500])).toBe("5,500원")
  })

  it("shows the cheapest price with a tilde when variants differ", () => {
    expect(formatPriceFrom([5000, 3000])).toBe("3,000원~")
  })

  it("has nothing to show without prices", () => {
    expect(formatPriceFrom([])).toBeNull()
  })
})

describe("formatDate", () => {
  it("writes the calendar day in Seoul", () => {
    expect(formatDate(new Date("2026-11-23T03:00:00Z"))).toBe("2026년 11월 23일")
  })

  it("moves to the next day when it is already past midnight in Seoul", () => {
    expect(formatDate("2026-11-22T15:30:00Z")).toBe("2026년 11월 23일")
  })

  it("refuses strings that are not dates", () => {
    expect(() => formatDate("not a date")).toThrow(RangeError)
  })
})

describe("formatDateTime", () => {
  it("writes the day and 24-hour time in Seoul", () => {
    expect(formatDateTime("2024-05-03T01:00:00Z")).toBe("2024년 5월 3일 10:00")
    expect(formatDateTime("2024-05-03T08:00:00Z")).toBe("2024년 5월 3일 17:00")
  })
})

describe("parsePageParam", () => {
  it("reads a positive page number", () => {
    expect(parsePageParam("3")).toBe(3)
    expect(parsePageParam(["2", "5"])).toBe(2)
  })

  it("falls back to the first page for anything else", () => {
    for (const raw of [undefined, "", "0", "-2", "1.5", "abc", "2abc", "99999999999999999999"]) {
      expect(parsePageParam(raw)).toBe(1)
    }
  })
})

describe("countPages and pageOffset", () => {
  it("counts at least one page", () => {
    expect(countPages(0, 12)).toBe(1)
    expect(countPages(12, 12)).toBe(1)
    expect(countPages(13, 12)).toBe(2)
  })

  it("skips the products of earlier pages", () => {
    expect(pageOffset(1, 12)).toBe(0)
    expect(pageOffset(3, 12)).toBe(24)
  })
})

describe("pageLinks", () => {
  it("lists every page when there are few", () => {
    expect(pageLinks(1, 1)).toEqual([1])
    expect(pageLinks(2, 4)).toEqual([1, 2, 3, 4])
  })

  it("keeps the ends and neighbours of the current page, with gaps between", () => {
    expect(pageLinks(1, 10)).toEqual([1, 2, "gap", 10])
    expect(pageLinks(6, 10)).toEqual([1, "gap", 5, 6, 7, "gap", 10])
    expect(pageLinks(10, 10)).toEqual([1, "gap", 9, 10])
  })

  it("shows a lone skipped page instead of a gap", () => {
    expect(pageLinks(4, 10)).toEqual([1, 2, 3, 4, 5, "gap", 10])
  })
})
