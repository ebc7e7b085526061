import { createPromotionsWorkflow } from "@medusajs/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { SeedContext } from "../context"

/**
 * A welcome code for the cart's 할인 코드 field. A fixed amount in whole won (not a percentage),
 * so every line's discount and every total stays whole won — KRW has no minor unit.
 */
export const WELCOME_PROMOTION = {
  code: "WELCOME3000",
  amount: 3000,
  description: "첫 구매 3,000원 할인",
} as const

export async function ensurePromotions(ctx: SeedContext) {
  const promotions = ctx.container.resolve(Modules.PROMOTION)
  const existing = await promotions.listPromotions({ code: WELCOME_PROMOTION.code }, { take: 1 })
  if (existing.length) return
  await createPromotionsWorkflow(ctx.container).run({
    input: {
      promotionsData: [
        {
          code: WELCOME_PROMOTION.code,
          type: "standard",
          status: "active",
          is_automatic: false,
          // our prices include VAT; so does the amount taken off
          is_tax_inclusive: true,
          application_method: {
            type: "fixed",
            target_type: "order",
            allocation: "across",
            value: WELCOME_PROMOTION.amount,
            currency_code: "krw",
          },
        },
      ],
    },
  })
  ctx.log(`할인 코드 ${WELCOME_PROMOTION.code} (${WELCOME_PROMOTION.description})`)
}
