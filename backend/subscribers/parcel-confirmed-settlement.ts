import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshSettlementDraftsWorkflow } from "../workflows/settlement/workflows/refresh-settlement-drafts"

// 구매확정 makes a maker's lines count: its 작성 중 statement shows them right away.
export default async function parcelConfirmedSettlement({ container }: SubscriberArgs<unknown>) {
  await refreshSettlementDraftsWorkflow(container).run({ input: {} })
}

export const config: SubscriberConfig = { event: "parcel.confirmed" }
