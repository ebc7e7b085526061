import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  removeOrderAttribution,
  snapshotOrderAttribution,
} from "../attribution/steps/snapshot-order-attribution"
import { attachOrderEvidence, detachOrderEvidence } from "../institutions/attach-order-evidence"
import { removeOrderFeeRates, snapshotOrderFeeRates } from "../settlement/steps/snapshot-order-fee-rates"
import {
  restoreOrderMetadata,
  snapshotOrderMakerShipping,
  type MakerShippingUndo,
} from "../shipping/steps/snapshot-order-maker-shipping"

// `orderCreated` runs inside the order-placing workflow, so the maker snapshots (attribution
// rows, and the 업체별 배송 breakdown in order.metadata) normally exist from the moment the order
// does, and a failure after it undoes both with the order. A sale must never be lost to
// reporting, though: a snapshot that fails here is logged and left to the order.placed
// subscriber and the every-10-minutes job (workflows/orders/workflows/ensure-order-snapshots.ts),
// so this handler never throws. A hook has one handler, so all snapshots live here (the
// 판매수수료율 per line, settlement module, after the attribution rows it follows).
// Medusa registers the hook at run time but leaves it out of the workflow's types, hence the
// narrow cast.
type Undo = { ids: string[]; fee_ids?: string[]; shipping?: MakerShippingUndo; evidence_id?: string }
type OrderCreatedHooks = {
  orderCreated: (
    invoke: (input: { order_id: string; cart_id: string }, ctx: { container: MedusaContainer }) => Promise<StepResponse<string[], Undo>>,
    compensate: (undo: Undo | undefined, ctx: { container: MedusaContainer }) => Promise<void>
  ) => void
}

/** Runs one snapshot; on failure logs it (in Korean, with the order) and returns undefined. */
async function attempt<T>(container: MedusaContainer, what: string, order_id: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run()
  } catch (error) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.error(`주문 ${order_id}의 ${what} 기록에 실패했습니다. 주문은 접수되었고, 기록은 곧 다시 시도합니다: ${(error as Error).message}`)
    return undefined
  }
}

;(completeCartWorkflow.hooks as unknown as OrderCreatedHooks).orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    const ids = (await attempt(container, "만든 곳 귀속", order_id, () => snapshotOrderAttribution(container, order_id))) ?? []
    // the fee rates follow the attribution rows (one per line × maker), so they come after them
    const fee_ids = (await attempt(container, "판매수수료율", order_id, () => snapshotOrderFeeRates(container, order_id))) ?? []
    // whatever maker_shipping the cart brought along is replaced by the server's numbers
    const shipping = await attempt(container, "업체별 배송비", order_id, () =>
      snapshotOrderMakerShipping(container, order_id, { overwrite: true })
    )
    // an institution's 세금계산서/현금영수증 request follows its cart onto the order
    const evidence_id = await attempt(container, "증빙 요청", order_id, () => attachOrderEvidence(container, cart_id, order_id))
    return new StepResponse(ids, { ids, fee_ids, shipping, evidence_id })
  },
  async (undo, { container }) => {
    await detachOrderEvidence(container, undo?.evidence_id)
    await restoreOrderMetadata(container, undo?.shipping)
    await removeOrderFeeRates(container, undo?.fee_ids)
    await removeOrderAttribution(container, undo?.ids)
  }
)
