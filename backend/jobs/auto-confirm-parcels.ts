import type { MedusaContainer } from "@medusajs/framework/types"
import { autoConfirmDays } from "../workflows/shipments/steps/find-parcels-due-for-confirmation"
import { autoConfirmParcelsWorkflow } from "../workflows/shipments/workflows/auto-confirm-parcels"

/** Every hour: parcels shipped JAHWAL_AUTO_CONFIRM_DAYS (7) days ago and not confirmed by the customer are confirmed. */
export default async function autoConfirmParcels(container: MedusaContainer) {
  const { result } = await autoConfirmParcelsWorkflow(container).run({ input: { now: new Date(), days: autoConfirmDays() } })
  if (result.length) container.resolve("logger").info(`자동 구매확정: ${result.length}건`)
}

export const config = {
  name: "auto-confirm-parcels",
  schedule: process.env.JAHWAL_AUTO_CONFIRM_SCHEDULE || "0 * * * *",
}
