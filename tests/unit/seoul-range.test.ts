import { describe, expect, it } from "vitest"
import { seoulDate, seoulDateRange, seoulDayStart, seoulMonth } from "../../backend/lib/dates/seoul-range"

describe("Seoul calendar days", () => {
  it("a Seoul day starts at 15:00 UTC the day before", () => {
    expect(seoulDayStart("2026-11-23")?.toISOString()).toBe("2026-11-22T15:00:00.000Z")
  })
  it("a range covers whole days, end exclusive", () => {
    const r = seoulDateRange("2024-05-03", "2024-05-03")!
    expect(r.gte.toISOString()).toBe("2024-05-02T15:00:00.000Z")
    expect(r.lt.toISOString()).toBe("2024-05-03T15:00:00.000Z")
  })
  it("rejects impossible dates and inverted ranges", () => {
    expect(seoulDayStart("2026-02-30")).toBeNull()
    expect(seoulDayStart("2026-13-01")).toBeNull()
    expect(seoulDateRange("2026-11-02", "2026-11-01")).toBeNull()
  })
  it("tells the Seoul date of an instant (23:30 UTC is already tomorrow in Seoul)", () => {
    expect(seoulDate(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24")
    expect(seoulDate(new Date("2026-11-23T14:59:59Z"))).toBe("2026-11-23")
  })
  it("a Seoul month: 1 Dec 00:30 in Seoul (30 Nov 15:30 UTC) is December, across the year end", () => {
    const dec = seoulMonth(new Date("2026-11-30T15:30:00Z"))
    expect(dec.month).toBe("2026-12")
    expect(dec.gte.toISOString()).toBe("2026-11-30T15:00:00.000Z")
    expect(dec.lt.toISOString()).toBe("2026-12-31T15:00:00.000Z")
    expect(seoulMonth(new Date("2026-11-30T14:59:59Z")).month).toBe("2026-11")
  })
})
