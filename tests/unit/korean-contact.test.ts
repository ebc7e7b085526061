import * as api from "../../backend/lib/korean/contact"
import * as storefront from "../../storefront/lib/shared/korean-contact"

const phones: [string, string | null][] = [
  ["010-1234-5678", "010-1234-5678"],
  ["01012345678", "010-1234-5678"],
  ["010 1234 5678", "010-1234-5678"],
  ["+82 10-1234-5678", "010-1234-5678"],
  ["011-234-5678", "011-234-5678"],
  ["016-1234-5678", "016-1234-5678"],
  ["02-123-4567", null],
  ["010-123-4567", null],
  ["010-1234-56789", null],
  ["1234", null],
  ["", null],
  ["010-abcd-5678", null],
]
const postalCodes: [string, string | null][] = [
  ["04524", "04524"],
  [" 61947 ", "61947"],
  ["135-080", null],
  ["1234", null],
  ["123456", null],
  ["abcde", null],
]

describe("Korean contact fields", () => {
  const lib = storefront
  it("the API checks with the very same rules as the shop's forms (one copy, re-exported)", () => {
    for (const name of Object.keys(storefront) as (keyof typeof storefront)[]) {
      expect(api[name], name).toBe(storefront[name])
    }
  })
  it.each(phones)("mobile %j -> %j", (input, expected) => {
    expect(lib.normalizeMobilePhone(input)).toBe(expected)
    expect(lib.isValidMobilePhone(input)).toBe(expected !== null)
  })
  it.each(postalCodes)("postal code %j -> %j", (input, expected) => {
    expect(lib.normalizePostalCode(input)).toBe(expected)
  })
  it("speaks Korean when it refuses", () => {
    expect(lib.PHONE_ERROR).toMatch(/휴대폰/)
    expect(lib.POSTAL_CODE_ERROR).toMatch(/우편번호/)
  })
})
