import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStripeClient } from "../../../../../modules/stripe-payment/client"
import { STRIPE_PROVIDER_ID, stripeOptionsFromEnv } from "../../../../../modules/stripe-payment/options"
import type { StoreCheckCardPaymentType } from "./validators"

export const CARD_NOT_THIS_CART = "이 장바구니의 카드 결제가 아닙니다. 주문서에서 다시 결제해 주세요."
export const CARD_NOT_PAID = "카드 결제가 완료되지 않았습니다. 주문서에서 다시 결제해 주세요."

type Session = { provider_id: string; amount: number | string; data?: { id?: unknown } | null }
type CartRow = { id: string; currency_code: string; payment_collection?: { payment_sessions?: Session[] } | null }

/** Stripe's states of a PaymentIntent whose money is held (manual capture) or already taken. */
const PAID = new Set(["requires_capture", "succeeded"])

/**
 * POST /store/carts/:id/card-payment { payment_intent } — the card return's check, before the
 * storefront completes the cart: the PaymentIntent Stripe names in the return address must be the
 * one of this cart's Stripe payment session, and Stripe must say it is paid for the session's
 * amount. `redirect_status` in the address is the browser's word and proves nothing. (Medusa's
 * provider checks the intent again when the cart completes.) 200 `{ paid: true }` or a Korean 400.
 */
export async function POST(req: MedusaRequest<StoreCheckCardPaymentType>, res: MedusaResponse) {
  const options = stripeOptionsFromEnv()
  if (!options) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "카드 결제가 설정되어 있지 않습니다.")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "payment_collection.payment_sessions.*"],
    filters: { id: req.params.id },
  })
  const cart = data[0] as unknown as CartRow | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "장바구니를 찾을 수 없습니다.")
  const session = (cart.payment_collection?.payment_sessions ?? []).find((s) => s.provider_id === STRIPE_PROVIDER_ID)
  const intentId = session?.data?.id
  if (!session || typeof intentId !== "string" || intentId !== req.validatedBody.payment_intent) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, CARD_NOT_THIS_CART)
  }
  let intent: { status: string; amount: number; currency: string }
  try {
    intent = await createStripeClient(options).paymentIntents.retrieve(intentId)
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, CARD_NOT_PAID)
  }
  // KRW is zero-decimal: the intent's amount is whole won, like the session's
  const paid =
    PAID.has(intent.status) &&
    intent.currency.toLowerCase() === cart.currency_code.toLowerCase() &&
    intent.amount === Math.round(Number(session.amount))
  if (!paid) throw new MedusaError(MedusaError.Types.INVALID_DATA, CARD_NOT_PAID)
  res.json({ paid: true })
}
