import { describe, expect, it } from "vitest"
import { canConfirmParcel, confirmedNote, parcelStatusLabel } from "../../storefront/lib/util/parcel-status"
import { recipientAddressLine, SELLER_ORDER_TABS, sellerOrderTab } from "../../storefront/lib/util/seller-orders"

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

describe("판매자센터 order tabs", () => {
  it("has the four tabs in order, 발송 대기 for anything unknown", () => {
    expect(SELLER_ORDER_TABS.map((t) => t.label)).toEqual(["발송 대기", "발송 완료", "구매확정", "취소·반품"])
    expect(sellerOrderTab("shipped")).toBe("shipped")
    expect(sellerOrderTab("lost")).toBe("awaiting")
    expect(sellerOrderTab(undefined)).toBe("awaiting")
  })

  it("prints the recipient's address on one line", () => {
    expect(recipientAddressLine({ postal_code: "04715", address_1: "서울특별시 성동구 왕십리로 115", address_2: "3층" })).toBe("(04715) 서울특별시 성동구 왕십리로 115 3층")
    expect(recipientAddressLine({ postal_code: null, address_1: "광주광역시 서구", address_2: null })).toBe("광주광역시 서구")
  })
})
