import { describe, expect, it } from "vitest"
import { businessNumberCheckDigit, isValidBusinessNumber, normalizeBusinessNumber } from "../../backend/lib/korean/business-number"

describe("사업자등록번호", () => {
  it("accepts a real number and rejects a wrong check digit", () => {
    expect(isValidBusinessNumber("220-81-62517")).toBe(true)
    expect(isValidBusinessNumber("220-81-62518")).toBe(false)
  })
  it("normalizes spacing and hyphens to 000-00-00000", () => {
    expect(normalizeBusinessNumber("2208162517")).toBe("220-81-62517")
    expect(normalizeBusinessNumber(" 220 81 62517 ")).toBe("220-81-62517")
  })
  it("rejects wrong lengths and letters", () => {
    for (const bad of ["220-81-6251", "220-81-625170", "22O-81-62517", ""]) expect(normalizeBusinessNumber(bad)).toBeNull()
  })
  it("has exactly one valid check digit for any first nine digits", () => {
    for (let i = 0; i < 200; i++) {
      const first9 = String(100000000 + ((i * 7919) % 900000000)).padStart(9, "0")
      const valid = [...Array(10).keys()].filter((d) => isValidBusinessNumber(first9 + d))
      expect(valid).toEqual([businessNumberCheckDigit(first9)])
    }
  })
})
