import type { MedusaContainer } from "@medusajs/framework/types"
import { autoConfirmDays } from "../workflows/shipments/steps/find-parcels-due-for-confirmation"
import { autoConfirmParcelsWorkflow } from "../workflows/shipments/workflows/auto-confirm-parcels"

/**
 * One run of the job as of `now`: the scheduler passes the real clock; the journey test
 * (tests/e2e/parcels-settlement-journey) passes one 8 days ahead instead of waiting a week.
 * Returns the confirmed parcels.
 */
export async function confirmDueParcels(container: MedusaContainer, now: Date = new Date()) {
  const { result } = await autoConfirmParcelsWorkflow(container).run({ input: { now, days: autoConfirmDays() } })
  if (result.length) container.resolve("logger").info(`자동 구매확정: ${result.length}건`)
  return result
}

/** Every hour: parcels shipped JAHWAL_AUTO_CONFIRM_DAYS (7) days ago and not confirmed by the customer are confirmed. */
export default async function autoConfirmParcels(container: MedusaContainer) {
  await confirmDueParcels(container)
}

export const config = {
  name: "auto-confirm-parcels",
  schedule: process.env.JAHWAL_AUTO_CONFIRM_SCHEDULE || "0 * * * *",
}
