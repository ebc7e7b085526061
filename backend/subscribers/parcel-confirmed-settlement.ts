import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PARCEL_CONFIRMED_EVENT } from "../modules/shipments/types"
import { refreshSettlementDraftsWorkflow } from "../workflows/settlement/workflows/refresh-settlement-drafts"

// 구매확정 makes a maker's lines count: its 작성 중 statement shows them right away.
export default async function parcelConfirmedSettlement({ container }: SubscriberArgs<unknown>) {
  await refreshSettlementDraftsWorkflow(container).run({ input: {} })
}

export const config: SubscriberConfig = { event: PARCEL_CONFIRMED_EVENT }
