import { describe, expect, it } from "vitest"
import { ADDRESS_ERRORS, checkKoreanAddress } from "../../backend/lib/korean/address"
import { buildPackingSlip } from "../../backend/lib/orders/packing-slip"
import { buildPurchaseCertificate, type CertificateRow } from "../../backend/lib/orders/purchase-certificate"
import type { MakerRef, OrderRecord } from "../../backend/lib/orders/types"
import { toPlainText } from "../../backend/lib/security/safe-html"

describe("plain customer text", () => {
  it("drops tags and control characters, keeps lines only where asked", () => {
    expect(toPlainText("  <b>김</b>주문\u0000 ")).toBe("김주문")
    expect(toPlainText("a\nb")).toBe("a b")
    expect(toPlainText("고마워요\r\n<img src=x onerror=alert(1)>건강하세요", { multiline: true })).toBe("고마워요\n건강하세요")
    expect(toPlainText("3 < 5 & 6 > 4")).toBe("3 < 5 & 6 > 4")
  })
})

describe("Korean address", () => {
  const address = { first_name: "홍길동", address_1: "서울 중구 세종대로 110", postal_code: "04524", phone: "01012345678", country_code: "KR" }
  it("normalizes phone, postal code and country", () => {
    const checked = checkKoreanAddress(address)
    expect(checked).toEqual({ ok: true, address: { ...address, phone: "010-1234-5678", country_code: "kr" } })
  })
  it("names the first problem", () => {
    expect(checkKoreanAddress({ ...address, first_name: "" })).toEqual({ ok: false, message: ADDRESS_ERRORS.recipient })
    expect(checkKoreanAddress({ ...address, postal_code: "100-011" })).toEqual({ ok: false, message: ADDRESS_ERRORS.postalCode })
    expect(checkKoreanAddress({ ...address, phone: "02-123-4567" })).toEqual({ ok: false, message: ADDRESS_ERRORS.phone })
    expect(checkKoreanAddress({ ...address, country_code: "jp" })).toEqual({ ok: false, message: ADDRESS_ERRORS.country })
    expect(checkKoreanAddress({ address_2: "2층" }, { partial: true }).ok).toBe(true)
    expect(checkKoreanAddress("addr_1")).toEqual({ ok: false, message: ADDRESS_ERRORS.shape })
  })
})

const order = (over: Partial<OrderRecord> = {}): OrderRecord => ({
  id: "order_1",
  display_id: 7,
  created_at: "2026-11-23T01:00:00.000Z",
  email: "buyer@example.kr",
  status: "pending",
  payment_status: "authorized",
  currency_code: "krw",
  item_total: 45000,
  shipping_total: 6000,
  discount_total: 0,
  total: 51000,
  metadata: {
    orderer_name: "김주문",
    orderer_phone: "010-9876-5432",
    gift: { sender_name: "김주문", message: "고마워요", hide_prices: true },
    maker_shipping: {
      groups: [
        { maker_id: "mkr_a", maker_handle: "a", maker_name: "가게A", item_subtotal: 3000, shipping_fee: 3000 },
        { maker_id: "mkr_set", maker_handle: "set", maker_name: "조립처", item_subtotal: 42000, shipping_fee: 3000 },
      ],
      shipping_total: 6000,
    },
  },
  shipping_address: { first_name: "받는분", phone: "010-1111-2222", postal_code: "61947", address_1: "광주", address_2: "" },
  items: [
    { id: "li_1", title: "김자반", product_id: "p_a", quantity: 1, unit_price: 3000, total: 3000 },
    { id: "li_2", title: "선물세트", product_id: "p_set", quantity: 1, unit_price: 42000, total: 42000 },
  ],
  ...over,
})
const row = (line: string, maker: string, title: string, amount: number): CertificateRow => ({
  line_item_id: line,
  product_title: title,
  maker_id: maker,
  maker_handle: maker,
  maker_name: `이름-${maker}`,
  maker_business_registration_number: "123-45-67890",
  quantity: 1,
  amount,
})
// the set's assembler (mkr_set) made none of the components: it appears for its shipping fee only
const rows = [row("li_1", "mkr_a", "김자반", 3000), row("li_2", "mkr_b", "선물세트", 20001), row("li_2", "mkr_c", "선물세트", 21999)]
const makers = new Map<string, MakerRef>([["mkr_set", { id: "mkr_set", handle: "set", name: "조립처", business_registration_number: "222-22-22222", representative: "대표" }]])

describe("purchase certificate", () => {
  it("lists each maker's share and fee; every won adds up to the total", () => {
    const c = buildPurchaseCertificate(order(), rows, makers, new Date("2026-11-24T00:00:00Z"))
    expect(c.makers.map((m) => [m.name, m.item_total, m.shipping_fee])).toEqual([
      ["이름-mkr_a", 3000, 3000],
      ["이름-mkr_b", 20001, 0],
      ["이름-mkr_c", 21999, 0],
      ["조립처", 0, 3000],
    ])
    expect(c.makers[3]).toMatchObject({ business_registration_number: "222-22-22222", representative: "대표" })
    expect(c.item_total + c.shipping_total).toBe(c.total)
    expect(c.makers.reduce((s, m) => s + m.shipping_fee, 0)).toBe(c.shipping_total)
    expect(c.buyer).toEqual({ name: "김주문", email: "buyer@example.kr", phone: "010-9876-5432" })
  })

  it("spreads a reduced shipping total over the makers' fees, to the won", () => {
    const c = buildPurchaseCertificate(order({ shipping_total: 1001, total: 46001 }), rows, makers, new Date())
    expect(c.makers.reduce((s, m) => s + m.shipping_fee, 0)).toBe(1001)
    expect(c.item_total + c.shipping_total).toBe(c.total)
  })
})

describe("packing slip", () => {
  it("leaves every price out of a gift's slip", () => {
    const slip = buildPackingSlip(order(), new Map())
    expect(slip.gift).toEqual({ sender_name: "김주문", message: "고마워요" })
    expect(JSON.stringify(slip)).not.toMatch(/unit_price|"total"|item_total|shipping_total/)
  })
  it("shows prices on an ordinary order", () => {
    const slip = buildPackingSlip(order({ metadata: {} }), new Map())
    expect(slip).toMatchObject({ hide_prices: false, gift: null, total: 51000 })
    expect(slip.items[0]).toMatchObject({ unit_price: 3000, total: 3000 })
  })
})
