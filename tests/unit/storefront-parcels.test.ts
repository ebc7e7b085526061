import { describe, expect, it } from "vitest"
import { canConfirmParcel, confirmedNote, parcelStatusLabel } from "../../storefront/lib/util/parcel-status"

describe("storefront parcel status", () => {
  it("reads each parcel status in Korean", () => {
    expect(["awaiting", "shipped", "confirmed", "canceled"].map(parcelStatusLabel)).toEqual(["배송 준비 중", "배송 중", "구매확정", "취소됨"])
    expect(parcelStatusLabel("lost")).toBe("확인 중")
  })

  it("offers 구매확정 only for a parcel on its way, and says when it was confirmed automatically", () => {
    expect(canConfirmParcel({ status: "shipped" })).toBe(true)
    expect(canConfirmParcel({ status: "awaiting" })).toBe(false)
    expect(canConfirmParcel({ status: "confirmed" })).toBe(false)
    expect(confirmedNote({ status: "confirmed", confirmed_by: "auto" })).toMatch(/자동으로 구매확정/)
    expect(confirmedNote({ status: "confirmed", confirmed_by: "customer" })).toBeNull()
    expect(confirmedNote({ status: "shipped", confirmed_by: null })).toBeNull()
  })
})
