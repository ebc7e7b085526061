import { describe, expect, it } from "vitest"
import { FailedLookups } from "../../backend/api/store/order-lookup/failed-attempts"

describe("failed order lookups", () => {
  it("locks an order number after too many misses in the window, and frees it afterwards", () => {
    const lookups = new FailedLookups(60_000, 3)
    const t0 = 1_000_000
    for (let i = 0; i < 2; i++) lookups.recordMiss(7, t0 + i)
    expect(lookups.isLocked(7, t0 + 10)).toBe(false)
    lookups.recordMiss(7, t0 + 20)
    expect(lookups.isLocked(7, t0 + 30)).toBe(true)
    expect(lookups.isLocked(8, t0 + 30)).toBe(false) // other orders are not affected
    expect(lookups.isLocked(7, t0 + 60_001)).toBe(false) // the first misses left the window
  })
})
