import { normalizeMobilePhone, normalizePostalCode, PHONE_ERROR, POSTAL_CODE_ERROR } from "../shared/korean-contact"

/**
 * The checkout form (주문자, 배송지, 선물하기, 결제수단, 동의) checked field by field, pure so the
 * browser can show Korean messages at once and the server action can run the very same checks
 * before it talks to the Store API (which checks again and has the last word).
 */

export const GIFT_MESSAGE_MAX = 200
export const DELIVERY_NOTE_MAX = 100
const NAME_MAX = 30
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** 배송 요청사항 most customers pick; the last choice opens a free text field. */
export const DELIVERY_NOTE_CHOICES = [
  "문 앞에 놓아 주세요.",
  "경비실에 맡겨 주세요.",
  "택배함에 넣어 주세요.",
  "배송 전에 연락 주세요.",
] as const
export const DELIVERY_NOTE_CUSTOM = "custom"

export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_bank-transfer"
export const STRIPE_PROVIDER = "pp_stripe_stripe"
export type PaymentProviderId = typeof BANK_TRANSFER_PROVIDER | typeof STRIPE_PROVIDER

export type CheckoutField =
  | "orderer_name"
  | "email"
  | "orderer_phone"
  | "recipient_name"
  | "recipient_phone"
  | "postal_code"
  | "address_1"
  | "address_2"
  | "delivery_note"
  | "gift_sender_name"
  | "gift_message"
  | "payment_provider"
  | "agree"

export type CheckoutErrors = Partial<Record<CheckoutField, string>>

/** What the Store API takes: the cart's email and shipping address, and POST …/order-details. */
export type CheckoutValues = {
  email: string
  shipping_address: {
    first_name: string
    last_name: string
    phone: string
    postal_code: string
    address_1: string
    address_2: string
    city: string
    country_code: "kr"
  }
  order_details: {
    orderer_name: string
    orderer_phone: string
    delivery_note?: string
    gift: { sender_name?: string; message?: string } | null
  }
  payment_provider: PaymentProviderId
}

export type CheckoutCheck = { ok: true; values: CheckoutValues } | { ok: false; errors: CheckoutErrors }

// form fields as FormData gives them (strings), or anything else, which counts as empty
type Input = Record<string, unknown>

function text(input: Input, key: string): string {
  const value = input[key]
  return typeof value === "string" ? value.trim() : ""
}

function checked(input: Input, key: string): boolean {
  return input[key] === "on" || input[key] === "true"
}

/** The 배송 요청사항: one of the choices, the customer's own words, or nothing. */
export function deliveryNoteOf(input: Input): string {
  const choice = text(input, "delivery_note_choice")
  return choice === DELIVERY_NOTE_CUSTOM ? text(input, "delivery_note") : choice
}

/** Counts characters as people see them (a Hangul syllable or an emoji is one). */
export function visibleLength(value: string): number {
  return Array.from(value).length
}

export function checkCheckoutForm(input: Input, offered: readonly string[]): CheckoutCheck {
  const errors: CheckoutErrors = {}
  const ordererName = text(input, "orderer_name")
  const email = text(input, "email").toLowerCase()
  const ordererPhone = normalizeMobilePhone(text(input, "orderer_phone"))
  const recipientName = text(input, "recipient_name")
  const recipientPhone = normalizeMobilePhone(text(input, "recipient_phone"))
  const postalCode = normalizePostalCode(text(input, "postal_code"))
  const address1 = text(input, "address_1").replace(/\s+/g, " ")
  const address2 = text(input, "address_2")
  const deliveryNote = deliveryNoteOf(input)
  const isGift = checked(input, "is_gift")
  const giftSender = text(input, "gift_sender_name")
  const giftMessage = text(input, "gift_message")
  const provider = text(input, "payment_provider")

  if (!ordererName) errors.orderer_name = "주문하시는 분 이름을 입력해 주세요."
  else if (ordererName.length > NAME_MAX) errors.orderer_name = `이름은 ${NAME_MAX}자 이하로 입력해 주세요.`
  if (!EMAIL_PATTERN.test(email)) errors.email = "이메일 주소를 올바르게 입력해 주세요."
  if (!ordererPhone) errors.orderer_phone = PHONE_ERROR
  if (!recipientName) errors.recipient_name = "받는 분 이름을 입력해 주세요."
  else if (recipientName.length > NAME_MAX) errors.recipient_name = `이름은 ${NAME_MAX}자 이하로 입력해 주세요.`
  if (!recipientPhone) errors.recipient_phone = PHONE_ERROR
  if (!postalCode) errors.postal_code = POSTAL_CODE_ERROR
  if (!address1) errors.address_1 = "기본주소를 입력해 주세요."
  if (address2.length > 100) errors.address_2 = "상세주소는 100자 이하로 입력해 주세요."
  if (text(input, "delivery_note_choice") === DELIVERY_NOTE_CUSTOM && !deliveryNote) {
    errors.delivery_note = "배송 요청사항을 입력하거나 다른 항목을 골라 주세요."
  } else if (visibleLength(deliveryNote) > DELIVERY_NOTE_MAX) {
    errors.delivery_note = `배송 요청사항은 ${DELIVERY_NOTE_MAX}자까지 쓸 수 있습니다.`
  }
  if (isGift && giftSender.length > NAME_MAX) errors.gift_sender_name = `이름은 ${NAME_MAX}자 이하로 입력해 주세요.`
  if (isGift && visibleLength(giftMessage) > GIFT_MESSAGE_MAX) {
    errors.gift_message = `카드 메시지는 ${GIFT_MESSAGE_MAX}자까지 쓸 수 있습니다.`
  }
  if (!offered.includes(provider)) errors.payment_provider = "결제수단을 선택해 주세요."
  if (!checked(input, "agree")) errors.agree = "주문 내용을 확인하고 결제에 동의해 주세요."

  if (Object.keys(errors).length > 0) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    values: {
      email,
      shipping_address: {
        first_name: recipientName,
        last_name: "",
        phone: recipientPhone!,
        postal_code: postalCode!,
        address_1: address1,
        address_2: address2,
        // 시/도 is the first word of a Korean road address ("광주광역시 서구 …")
        city: address1.split(" ")[0]!,
        country_code: "kr",
      },
      order_details: {
        orderer_name: ordererName,
        orderer_phone: ordererPhone!,
        ...(deliveryNote ? { delivery_note: deliveryNote } : {}),
        gift: isGift
          ? { ...(giftSender ? { sender_name: giftSender } : {}), ...(giftMessage ? { message: giftMessage } : {}) }
          : null,
      },
      payment_provider: provider as PaymentProviderId,
    },
  }
}

/** The check of one field alone, for feedback while the customer moves through the form. */
export function checkCheckoutField(field: CheckoutField, input: Input, offered: readonly string[]): string | undefined {
  const result = checkCheckoutForm(input, offered)
  return result.ok ? undefined : result.errors[field]
}

