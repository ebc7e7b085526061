import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshSettlementDraftsWorkflow } from "../workflows/settlement/workflows/refresh-settlement-drafts"

/** Every 30 minutes: opens the periods that have money and brings every 작성 중 statement up to date. */
export default async function refreshSettlementDrafts(container: MedusaContainer) {
  await refreshSettlementDraftsWorkflow(container).run({ input: {} })
}

export const config = { name: "refresh-settlement-drafts", schedule: "*/30 * * * *" }
