import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readRefundAccount, type RefundAccount } from "../../../lib/orders/bank-refunds"
import {
  AdjustmentInputError,
  computeAdjustments,
  refundTotalOf,
  type ComputedAdjustment,
} from "../../../modules/attribution/utils/compute-adjustments"
import { isBankTransfer, loadRefundContext, refundable } from "../refund-context"

export type MakerReturnInput = {
  order_id: string
  items: { line_item_id: string; quantity: number }[]
  refund_shipping: boolean
  reason?: string | null
  refund_account?: RefundAccount | null
  created_by?: string | null
}

export type PreparedMakerReturn = {
  /** `return` when the lines were shipped (Medusa return, stock received back), `cancel` before shipment. */
  kind: "return" | "cancel"
  adjustments: ComputedAdjustment[]
  refund_amount: number
  payment_id: string
  known_refund_ids: string[]
  account: RefundAccount | null
  location_id: string | null
  /** The order's own shipping option, for Medusa's return (price 0: customers send nothing back at their cost here). */
  return_option_id: string | null
}

export const RETURN_MESSAGES = {
  canceled: "취소된 주문입니다. 취소된 주문에는 반품·부분 취소를 할 수 없습니다.",
  mixed: "발송된 상품과 발송 전 상품은 따로 처리해 주세요 (발송 전은 부분 취소, 발송 후는 반품입니다).",
  partlyFulfilled: "일부만 출고된 상품 줄입니다. 출고를 마치거나 출고를 취소한 뒤 처리해 주세요",
  nothing: "환불할 금액이 없습니다.",
  unpaid: "결제가 확정되기 전(입금 확인·카드 매입 전)인 주문은 부분 취소·반품 환불을 할 수 없습니다. 주문 전체를 취소해 주세요.",
  tooMuch: "환불 금액이 결제된 금액에서 이미 환불한 금액을 뺀 것보다 큽니다.",
  account: "무통장입금 주문의 환불에는 고객의 환불 계좌(은행, 계좌번호, 예금주)가 필요합니다.",
} as const

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

async function parcelMakersOf(container: MedusaContainer, productIds: (string | null | undefined)[]) {
  const ids = [...new Set(productIds.filter((id): id is string => !!id))]
  const makers = new Set<string>()
  if (!ids.length) return makers
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "maker.id"], filters: { id: ids } })
  for (const p of data as { maker?: { id: string } | null }[]) makers.add(p.maker?.id ?? "unassigned")
  return makers
}

export const prepareMakerReturnStepId = "prepare-maker-return"

/**
 * Checks a staff return / line cancel and works out, before anything is written, each maker's
 * adjustment (computeAdjustments: the same rows, the same split) and the refund they add up to.
 * Every refusal is a Korean 400: unknown or foreign lines, quantities over what is left, lines
 * half shipped, shipped and unshipped lines together, nothing paid yet, a 무통장입금 without the
 * customer's account.
 */
export const prepareMakerReturnStep = createStep(
  prepareMakerReturnStepId,
  async (input: MakerReturnInput, { container }) => {
    const context = await loadRefundContext(container, input.order_id)
    if (context.order.canceled) throw invalid(RETURN_MESSAGES.canceled)

    const items = new Map(context.order.items.map((i) => [i.id, i]))
    const kinds = new Set<"return" | "cancel">()
    for (const wanted of input.items) {
      const item = items.get(wanted.line_item_id)
      if (!item) continue // computeAdjustments names it
      if (item.fulfilled_quantity === 0) kinds.add("cancel")
      else if (item.fulfilled_quantity >= item.quantity) kinds.add("return")
      else throw invalid(`${RETURN_MESSAGES.partlyFulfilled}: ${item.title}`)
    }

    let adjustments: ComputedAdjustment[]
    try {
      // a parcel is its product's maker's (a gift set ships from its assembler, not its component makers)
      const makersOfLines = input.refund_shipping ? await parcelMakersOf(container, input.items.map((i) => items.get(i.line_item_id)?.product_id)) : new Set<string>()
      adjustments = computeAdjustments({
        rows: context.rows,
        prior: context.prior,
        returns: input.items,
        shipping: context.shipping,
        refundShippingOf: input.refund_shipping ? [...makersOfLines] : [],
      })
    } catch (error) {
      if (error instanceof AdjustmentInputError) throw invalid(error.message)
      throw error
    }
    if (kinds.size > 1) throw invalid(RETURN_MESSAGES.mixed)

    const refund_amount = refundTotalOf(adjustments)
    if (refund_amount <= 0) throw invalid(RETURN_MESSAGES.nothing)
    const paid = context.payments.filter((p) => !p.canceled && refundable(p) > 0)
    if (!paid.length) throw invalid(RETURN_MESSAGES.unpaid)
    const payment = paid.find((p) => refundable(p) >= refund_amount)
    if (!payment) throw invalid(RETURN_MESSAGES.tooMuch)
    const account = isBankTransfer(payment) ? input.refund_account ?? readRefundAccount(context.order.metadata) : null
    if (isBankTransfer(payment) && !account) throw invalid(RETURN_MESSAGES.account)

    const kind = kinds.has("return") ? "return" : "cancel"
    let location_id: string | null = null
    let return_option_id: string | null = null
    if (kind === "return") {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "stock_location", fields: ["id"], pagination: { take: 1 } })
      location_id = (data[0] as { id: string } | undefined)?.id ?? null
      const { data: orders } = await query.graph({ entity: "order", fields: ["shipping_methods.shipping_option_id"], filters: { id: input.order_id } })
      const methods = ((orders[0] as { shipping_methods?: { shipping_option_id?: string | null }[] } | undefined)?.shipping_methods ?? [])
      return_option_id = methods.find((m) => m.shipping_option_id)?.shipping_option_id ?? null
    }
    const prepared: PreparedMakerReturn = {
      kind,
      adjustments,
      refund_amount,
      payment_id: payment.id,
      known_refund_ids: context.payments.flatMap((p) => p.refund_ids),
      account,
      location_id,
      return_option_id,
    }
    return new StepResponse(prepared)
  }
)
