import { describe, expect, it } from "vitest"
import {
  checkAddress,
  checkLogin,
  checkOrderLookup,
  checkSignup,
  safeNextPath,
} from "../../storefront/lib/util/account-forms"
import { PHONE_ERROR, POSTAL_CODE_ERROR } from "../../storefront/lib/shared/korean-contact"
import { formatKoreanAddress, groupItemsByMaker, recipientName } from "../../storefront/lib/util/order-groups"
import {
  BANK_TRANSFER_PROVIDER_ID,
  isAwaitingBankTransfer,
  orderProgressLabel,
  orderStatusLabel,
  paymentStatusLabel,
} from "../../storefront/lib/util/order-status"

describe("order status labels", () => {
  it("reads an authorized bank transfer as 입금 대기 and a captured one as 결제 완료", () => {
    expect(paymentStatusLabel("authorized", BANK_TRANSFER_PROVIDER_ID)).toBe("입금 대기")
    expect(paymentStatusLabel("not_paid", BANK_TRANSFER_PROVIDER_ID)).toBe("입금 대기")
    expect(paymentStatusLabel("captured", BANK_TRANSFER_PROVIDER_ID)).toBe("결제 완료")
    expect(paymentStatusLabel("authorized", "pp_stripe_stripe")).toBe("결제 승인")
    expect(paymentStatusLabel("refunded")).toBe("환불 완료")
    expect(paymentStatusLabel("something_new")).toBe("확인 중")
  })

  it("names order statuses in Korean", () => {
    expect(orderStatusLabel("canceled")).toBe("취소됨")
    expect(orderStatusLabel("pending")).toBe("주문 접수")
    expect(orderStatusLabel("unknown")).toBe("확인 중")
  })

  it("gives one progress label: cancellation first, then payment, then shipping", () => {
    const bank = { provider_id: BANK_TRANSFER_PROVIDER_ID }
    expect(orderProgressLabel({ status: "canceled", payment_status: "captured", fulfillment_status: "shipped" })).toBe("취소됨")
    expect(orderProgressLabel({ status: "pending", payment_status: "authorized", ...bank })).toBe("입금 대기")
    expect(orderProgressLabel({ status: "pending", payment_status: "captured", fulfillment_status: "not_fulfilled", ...bank })).toBe("결제 완료")
    expect(orderProgressLabel({ status: "pending", payment_status: "captured", fulfillment_status: "shipped" })).toBe("배송 중")
    expect(orderProgressLabel({ status: "completed", payment_status: "captured", fulfillment_status: "delivered" })).toBe("배송 완료")
    expect(orderProgressLabel({ status: "pending", payment_status: "partially_refunded" })).toBe("부분 환불")
  })

  it("shows the bank account only while a bank transfer is awaited on a live order", () => {
    const payment = { provider_id: BANK_TRANSFER_PROVIDER_ID }
    expect(isAwaitingBankTransfer({ status: "pending", payment_status: "authorized", payment })).toBe(true)
    expect(isAwaitingBankTransfer({ status: "pending", payment_status: "captured", payment })).toBe(false)
    expect(isAwaitingBankTransfer({ status: "canceled", payment_status: "authorized", payment })).toBe(false)
    expect(isAwaitingBankTransfer({ status: "pending", payment_status: "authorized", payment: { provider_id: "pp_stripe_stripe" } })).toBe(false)
    expect(isAwaitingBankTransfer({ status: "pending", payment_status: "authorized", payment: null })).toBe(false)
  })
})

describe("sign-up and login checks", () => {
  const valid = {
    email: " Buyer@Example.kr ",
    password: "12345678",
    password_confirm: "12345678",
    name: "홍길동",
    phone: "01012345678",
    agree: "on",
  }

  it("accepts a complete form and cleans email and phone", () => {
    expect(checkSignup(valid)).toEqual({
      ok: true,
      values: { email: "buyer@example.kr", password: "12345678", name: "홍길동", phone: "010-1234-5678" },
    })
  })

  it("explains every problem in Korean, per field", () => {
    const checked = checkSignup({ email: "buyer@", password: "short", password_confirm: "short", name: " ", phone: "02-123-4567" })
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors).toEqual({
      email: "이메일 주소를 올바르게 입력해 주세요.",
      password: "비밀번호는 8자 이상으로 입력해 주세요.",
      name: "이름을 입력해 주세요.",
      phone: PHONE_ERROR,
      agree: "이용약관과 개인정보 수집·이용에 동의해 주세요.",
    })
  })

  it("requires the confirmation to match", () => {
    const checked = checkSignup({ ...valid, password_confirm: "123456789" })
    expect(checked).toEqual({ ok: false, errors: { password_confirm: "비밀번호가 서로 다릅니다. 다시 확인해 주세요." } })
  })

  it("does not trim passwords (spaces are part of them)", () => {
    const checked = checkLogin({ email: "a@b.kr", password: " pass " })
    expect(checked).toEqual({ ok: true, values: { email: "a@b.kr", password: " pass " } })
    expect(checkLogin({ email: "a@b.kr", password: "" })).toEqual({ ok: false, errors: { password: "비밀번호를 입력해 주세요." } })
  })
})

describe("saved address check", () => {
  it("maps the Korean form to Medusa address fields (full name in first_name, city from 기본주소)", () => {
    expect(
      checkAddress({
        recipient: "김희망",
        phone: "010 9876 5432",
        postal_code: "04763",
        address_1: "서울특별시 성동구 왕십리로 115",
        address_2: "3층",
        address_name: "회사",
        is_default_shipping: "on",
      })
    ).toEqual({
      ok: true,
      values: {
        address_name: "회사",
        first_name: "김희망",
        last_name: "",
        phone: "010-9876-5432",
        postal_code: "04763",
        address_1: "서울특별시 성동구 왕십리로 115",
        address_2: "3층",
        city: "서울특별시",
        country_code: "kr",
        is_default_shipping: true,
      },
    })
  })

  it("rejects 6-digit postal codes and missing fields with Korean messages", () => {
    const checked = checkAddress({ recipient: "", phone: "010-12", postal_code: "123-456", address_1: "" })
    expect(checked).toEqual({
      ok: false,
      errors: {
        recipient: "받는 분 이름을 입력해 주세요.",
        phone: PHONE_ERROR,
        postal_code: POSTAL_CODE_ERROR,
        address_1: "기본주소를 입력해 주세요.",
      },
    })
  })
})

describe("order lookup check", () => {
  it("takes an email or a phone number in the one contact field", () => {
    expect(checkOrderLookup({ order_number: "#12", contact: "Buyer@Example.kr" })).toEqual({
      ok: true,
      values: { order_number: 12, email: "buyer@example.kr" },
    })
    expect(checkOrderLookup({ order_number: "7", contact: "010.1234.5678" })).toEqual({
      ok: true,
      values: { order_number: 7, phone: "010-1234-5678" },
    })
  })

  it("explains a bad number or contact", () => {
    const checked = checkOrderLookup({ order_number: "abc", contact: "12345" })
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors.order_number).toBe("주문번호를 숫자로 입력해 주세요.")
    expect(checked.errors.contact).toContain("010-1234-5678")
    const empty = checkOrderLookup({ order_number: "0", contact: "" })
    expect(empty.ok).toBe(false)
    if (empty.ok) return
    expect(empty.errors).toEqual({
      order_number: "주문번호를 숫자로 입력해 주세요.",
      contact: "주문할 때 입력한 이메일 또는 휴대폰 번호를 입력해 주세요.",
    })
  })
})

describe("safeNextPath", () => {
  it("keeps paths on this site and refuses other origins", () => {
    expect(safeNextPath("/account/orders?page=2")).toBe("/account/orders?page=2")
    expect(safeNextPath("//evil.example/x")).toBe("/account")
    expect(safeNextPath("https://evil.example")).toBe("/account")
    expect(safeNextPath("/\\evil.example")).toBe("/account")
    expect(safeNextPath(undefined, "/checkout")).toBe("/checkout")
  })
})

describe("order lines by maker", () => {
  const a = { handle: "a", name: "가 자활" }
  const b = { handle: "b", name: "나 자활" }
  const items = [
    { id: "1", total: 10000, maker: a },
    { id: "2", total: 5000, maker: b },
    { id: "3", total: 2500, maker: a },
    { id: "4", total: 1000, maker: null },
  ]

  it("groups in order of first appearance and adds each maker's fee when recorded", () => {
    const parcels = groupItemsByMaker(items, [
      { maker_handle: "a", maker_name: a.name, item_subtotal: 12500, shipping_fee: 3000 },
      { maker_handle: "b", maker_name: b.name, item_subtotal: 5000, shipping_fee: 0 },
    ])
    expect(parcels.map((p) => [p.maker?.handle ?? null, p.items.map((i) => i.id), p.item_subtotal, p.shipping_fee])).toEqual([
      ["a", ["1", "3"], 12500, 3000],
      ["b", ["2"], 5000, 0],
      [null, ["4"], 1000, null],
    ])
  })

  it("sums lines when the order has no shipping breakdown", () => {
    expect(groupItemsByMaker(items).map((p) => [p.item_subtotal, p.shipping_fee])).toEqual([
      [12500, null],
      [5000, null],
      [1000, null],
    ])
  })

  it("writes names and addresses the Korean way", () => {
    expect(recipientName({ first_name: "홍길동", last_name: "" })).toBe("홍길동")
    expect(recipientName({ first_name: "길동", last_name: "홍" })).toBe("홍길동")
    expect(formatKoreanAddress({ postal_code: "61947", address_1: "광주광역시 서구 죽봉대로 38", address_2: "" })).toBe(
      "(61947) 광주광역시 서구 죽봉대로 38"
    )
  })
})
