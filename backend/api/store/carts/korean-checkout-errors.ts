import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

export const CHECKOUT_ERRORS = {
  outOfStock: "재고가 부족해 주문할 수 없습니다. 다른 분이 먼저 주문했을 수 있으니 장바구니의 수량을 확인해 주세요.",
  completing: "주문을 처리하고 있습니다. 잠시 후 주문 내역을 확인해 주세요.",
  busy: "같은 상품의 주문이 몰려 처리하지 못했습니다. 잠시 후 다시 주문해 주세요. 결제는 되지 않았습니다.",
} as const

// Medusa's own cart and checkout errors a customer can run into, in the customer's language.
const TRANSLATIONS: [RegExp, string][] = [
  [/not enough stock available|does not have the required inventory/i, CHECKOUT_ERRORS.outOfStock],
  [/already being completed/i, CHECKOUT_ERRORS.completing],
]

export function translateCheckoutMessage(message: string): string {
  return TRANSLATIONS.find(([pattern]) => pattern.test(message))?.[1] ?? message
}

type ErrorBody = { message?: unknown; error?: { message?: unknown } }

/**
 * Rewrites the message of a cart error response (thrown errors and the `{ type: "cart", error }`
 * answer of a failed completion) into Korean; the error type stays Medusa's.
 */
export function koreanCheckoutErrors(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const b = body as ErrorBody | null
    if (b && typeof b === "object") {
      if (typeof b.message === "string" && res.statusCode >= 400) b.message = translateCheckoutMessage(b.message)
      if (b.error && typeof b.error.message === "string") b.error.message = translateCheckoutMessage(b.error.message)
    }
    return json(body)
  }
  next()
}
