import { describe, expect, it } from "vitest"
import { MAX_LINE_QUANTITY, parseQuantity } from "../../storefront/lib/util/cart-limits"
import {
  BANK_TRANSFER_PROVIDER,
  checkCheckoutField,
  checkCheckoutForm,
  DELIVERY_NOTE_CUSTOM,
  GIFT_MESSAGE_MAX,
  STRIPE_PROVIDER,
} from "../../storefront/lib/util/checkout-form"
import { formatDeadline, formatSeoulMoment } from "../../storefront/lib/util/deadline"
import { PHONE_ERROR, POSTAL_CODE_ERROR } from "../../storefront/lib/shared/korean-contact"
import { freeShippingHint, shippingFeeLabel } from "../../storefront/lib/util/maker-shipping"

const OFFERED = [BANK_TRANSFER_PROVIDER]

const valid = {
  orderer_name: " 김자활 ",
  email: "Buyer@Example.KR",
  orderer_phone: "01012345678",
  recipient_name: "박선물",
  recipient_phone: "010 2222 3333",
  postal_code: "61947",
  address_1: "광주광역시  서구 죽봉대로 38번길 25",
  address_2: "3층",
  delivery_note_choice: "문 앞에 놓아 주세요.",
  delivery_note: "",
  is_gift: "",
  gift_sender_name: "",
  gift_message: "",
  payment_provider: BANK_TRANSFER_PROVIDER,
  agree: "on",
}

describe("checkout form checks", () => {
  it("turns a valid form into the Store API's address convention and order details", () => {
    const result = checkCheckoutForm(valid, OFFERED)
    expect(result).toEqual({
      ok: true,
      values: {
        email: "buyer@example.kr",
        shipping_address: {
          first_name: "박선물",
          last_name: "",
          phone: "010-2222-3333",
          postal_code: "61947",
          address_1: "광주광역시 서구 죽봉대로 38번길 25",
          address_2: "3층",
          city: "광주광역시",
          country_code: "kr",
        },
        order_details: {
          orderer_name: "김자활",
          orderer_phone: "010-1234-5678",
          delivery_note: "문 앞에 놓아 주세요.",
          gift: null,
        },
        payment_provider: BANK_TRANSFER_PROVIDER,
      },
    })
  })

  it("names every wrong field in Korean", () => {
    const result = checkCheckoutForm(
      { ...valid, orderer_name: "", email: "not-an-email", orderer_phone: "010-12", postal_code: "123-456", address_1: " ", agree: "" },
      OFFERED
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      orderer_name: "주문하시는 분 이름을 입력해 주세요.",
      email: "이메일 주소를 올바르게 입력해 주세요.",
      orderer_phone: PHONE_ERROR,
      postal_code: POSTAL_CODE_ERROR,
      address_1: "기본주소를 입력해 주세요.",
      agree: "주문 내용을 확인하고 결제에 동의해 주세요.",
    })
  })

  it("takes the customer's own delivery note, and wants one when 직접 입력 is chosen", () => {
    const own = checkCheckoutForm({ ...valid, delivery_note_choice: DELIVERY_NOTE_CUSTOM, delivery_note: "공동현관 1234#" }, OFFERED)
    expect(own.ok && own.values.order_details.delivery_note).toBe("공동현관 1234#")
    expect(checkCheckoutField("delivery_note", { ...valid, delivery_note_choice: DELIVERY_NOTE_CUSTOM }, OFFERED)).toBe(
      "배송 요청사항을 입력하거나 다른 항목을 골라 주세요."
    )
    const none = checkCheckoutForm({ ...valid, delivery_note_choice: "" }, OFFERED)
    expect(none.ok && "delivery_note" in none.values.order_details).toBe(false)
  })

  it("sends the gift only when 선물하기 is ticked, with the message up to 200 characters as people count them", () => {
    const gift = checkCheckoutForm({ ...valid, is_gift: "on", gift_sender_name: "김자활", gift_message: "고마워요 🎁" }, OFFERED)
    expect(gift.ok && gift.values.order_details.gift).toEqual({ sender_name: "김자활", message: "고마워요 🎁" })
    const ignored = checkCheckoutForm({ ...valid, gift_message: "안 보냄" }, OFFERED)
    expect(ignored.ok && ignored.values.order_details.gift).toBeNull()

    const emoji200 = "🎁".repeat(GIFT_MESSAGE_MAX)
    expect(checkCheckoutField("gift_message", { ...valid, is_gift: "on", gift_message: emoji200 }, OFFERED)).toBeUndefined()
    expect(checkCheckoutField("gift_message", { ...valid, is_gift: "on", gift_message: `${emoji200}!` }, OFFERED)).toBe(
      "카드 메시지는 200자까지 쓸 수 있습니다."
    )
  })

  it("accepts only a payment method the checkout offers (never the system provider)", () => {
    expect(checkCheckoutField("payment_provider", { ...valid, payment_provider: "pp_system_default" }, OFFERED)).toBe(
      "결제수단을 선택해 주세요."
    )
    expect(checkCheckoutField("payment_provider", { ...valid, payment_provider: STRIPE_PROVIDER }, OFFERED)).toBe(
      "결제수단을 선택해 주세요."
    )
    expect(checkCheckoutField("payment_provider", { ...valid, payment_provider: STRIPE_PROVIDER }, [...OFFERED, STRIPE_PROVIDER])).toBeUndefined()
  })
})

describe("입금 기한 in Seoul", () => {
  it("writes the day, weekday and 24-hour time in Asia/Seoul", () => {
    expect(formatDeadline("2026-11-26T06:00:00.000Z")).toBe("2026년 11월 26일 (목) 15:00까지")
    // 23:30 UTC is already the next morning in Seoul
    expect(formatSeoulMoment(new Date("2026-11-22T23:30:00Z"))).toBe("2026년 11월 23일 (월) 08:30")
  })

  it("refuses an invalid date", () => {
    expect(() => formatDeadline("not a date")).toThrow(RangeError)
  })
})

describe("per-maker shipping labels and quantities", () => {
  it("says how much more makes a parcel ship free, and nothing once it does", () => {
    expect(freeShippingHint(15000, 3000)).toBe("15,000원 더 담으면 무료배송")
    expect(freeShippingHint(0, 0)).toBeNull()
    expect(freeShippingHint(5000, 0)).toBeNull()
    expect(shippingFeeLabel(3000)).toBe("3,000원")
    expect(shippingFeeLabel(0)).toBe("무료배송")
  })

  it("takes whole quantities from 1 to 99 only", () => {
    expect(parseQuantity("1")).toBe(1)
    expect(parseQuantity(" 12 ")).toBe(12)
    expect(parseQuantity(MAX_LINE_QUANTITY)).toBe(99)
    for (const bad of ["0", "100", "-1", "1.5", "", "abc", null, undefined, 2.5]) expect(parseQuantity(bad)).toBeNull()
  })
})
