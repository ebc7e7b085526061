import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ATTRIBUTION_MODULE } from "../../modules/attribution"
import type AttributionModuleService from "../../modules/attribution/service"
import { ensureOrderSnapshotsWorkflow } from "./workflows/ensure-order-snapshots"

/**
 * How far back the job looks. It runs every 10 minutes, so an order whose snapshot failed is
 * retried thousands of times within this window; one that still lacks it after 30 days needs a
 * person (the error is in the log every run).
 */
export const SNAPSHOT_CATCH_UP_DAYS = 30

type OrderRow = { id: string; is_draft_order: boolean; metadata: Record<string, unknown> | null; items?: { id: string }[] | null }

/**
 * Placed orders (not drafts) of the last SNAPSHOT_CATCH_UP_DAYS that lack a snapshot: no
 * attribution rows although they have lines, or no `maker_shipping` in their metadata.
 */
export async function findOrdersLackingSnapshots(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const orders = container.resolve(Modules.ORDER)
  const since = new Date(now.getTime() - SNAPSHOT_CATCH_UP_DAYS * 24 * 3600_000)
  // a draft order is not a sale yet: it gets its snapshots through order.placed when converted
  const recent = ((await orders.listOrders(
    { created_at: { $gte: since.toISOString() } },
    { select: ["id", "is_draft_order", "metadata", "items.id"], relations: ["items"], take: null }
  )) as unknown as OrderRow[]).filter((o) => !o.is_draft_order)
  if (!recent.length) return []

  const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  const rows = await attribution.listLineAttributions({ order_id: recent.map((o) => o.id) }, { select: ["order_id"], take: null })
  const attributed = new Set(rows.map((r) => r.order_id))
  return recent
    .filter((o) => !o.metadata?.maker_shipping || (!!o.items?.length && !attributed.has(o.id)))
    .map((o) => o.id)
}

/**
 * The reconciliation behind the every-10-minutes job: runs the idempotent ensure-snapshots
 * workflow for every recent order that lacks one. One order failing again does not stop the
 * others; it is logged and tried on the next run.
 */
export async function ensureRecentOrderSnapshots(container: MedusaContainer, now = new Date()) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const filled: string[] = []
  const failed: string[] = []
  for (const order_id of await findOrdersLackingSnapshots(container, now)) {
    try {
      await ensureOrderSnapshotsWorkflow(container).run({ input: { order_id } })
      filled.push(order_id)
    } catch (error) {
      failed.push(order_id)
      logger.error(`주문 ${order_id}의 스냅숏(만든 곳 귀속, 업체별 배송비)을 채우지 못했습니다. 다음 실행에서 다시 시도합니다: ${(error as Error).message}`)
    }
  }
  if (filled.length) logger.info(`스냅숏이 없던 주문 ${filled.length}건을 채웠습니다: ${filled.join(", ")}`)
  return { filled, failed }
}
