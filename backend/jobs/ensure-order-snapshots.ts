import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureRecentOrderSnapshots } from "../workflows/orders/ensure-recent-order-snapshots"

/** Every 10 minutes: orders whose checkout-time snapshot failed get it (attribution, 업체별 배송). */
export default async function ensureOrderSnapshots(container: MedusaContainer) {
  await ensureRecentOrderSnapshots(container)
}

export const config = { name: "ensure-order-snapshots", schedule: "*/10 * * * *" }
