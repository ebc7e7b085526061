import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CertificateRow } from "../../lib/orders/purchase-certificate"
import { buildPurchaseReport, type ReportMakerRef, type ReportOrder } from "../../lib/orders/purchase-report"
import { ATTRIBUTION_MODULE } from "../../modules/attribution"
import type AttributionModuleService from "../../modules/attribution/service"
import { makerIdsOfShipping } from "./order-documents"

const ORDER_FIELDS = ["id", "display_id", "created_at", "status", "metadata", "shipping_total", "total"]
const MAKER_FIELDS = ["id", "handle", "name", "kind", "legal_form", "business_registration_number", "representative", "address"]

/** A customer's orders placed in [gte, lt) with their attribution rows, adjustments and makers, as the 구매 실적. */
export async function loadPurchaseReport(scope: MedusaContainer, customer_id: string, range: { gte: Date; lt: Date }) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { customer_id, is_draft_order: false, created_at: { $gte: range.gte, $lt: range.lt } },
    pagination: { order: { created_at: "ASC" } },
  })
  const orders = data as unknown as ReportOrder[]
  const ids = orders.map((o) => o.id)
  const attribution: AttributionModuleService = scope.resolve(ATTRIBUTION_MODULE)
  const [rows, adjustments] = ids.length
    ? await Promise.all([
        attribution.listLineAttributions({ order_id: ids }, { take: null, order: { created_at: "ASC" } }),
        attribution.listAttributionAdjustments({ order_id: ids }, { take: null }),
      ])
    : [[], []]
  const rowsByOrder = new Map<string, CertificateRow[]>()
  for (const row of rows as unknown as (CertificateRow & { order_id: string })[]) {
    rowsByOrder.set(row.order_id, [...(rowsByOrder.get(row.order_id) ?? []), row])
  }
  const makerIds = [...new Set([...rows.map((r) => r.maker_id), ...adjustments.map((a) => a.maker_id), ...orders.flatMap(makerIdsOfShipping)])]
  const makers = new Map<string, ReportMakerRef>()
  if (makerIds.length) {
    const { data: found } = await query.graph({ entity: "maker", fields: MAKER_FIELDS, filters: { id: makerIds } })
    for (const maker of found as ReportMakerRef[]) makers.set(maker.id, maker)
  }
  return buildPurchaseReport(orders, rowsByOrder, adjustments, makers)
}
