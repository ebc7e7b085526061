import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelOverdueBankTransfers } from "../workflows/bank-transfer/cancel-overdue"

/** Every 30 minutes: orders whose 무통장입금 deadline passed unpaid are canceled, stock released. */
export default async function cancelUnpaidBankTransfers(container: MedusaContainer) {
  await cancelOverdueBankTransfers(container)
}

// BANK_TRANSFER_SWEEP_SCHEDULE (cron, seconds allowed) lets a test run it every few seconds.
export const config = {
  name: "cancel-unpaid-bank-transfers",
  schedule: process.env.BANK_TRANSFER_SWEEP_SCHEDULE || "*/30 * * * *",
}
