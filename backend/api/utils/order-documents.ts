import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import type { CertificateRow } from "../../lib/orders/purchase-certificate"
import type { MakerRef, OrderRecord } from "../../lib/orders/types"
import { ATTRIBUTION_MODULE } from "../../modules/attribution"
import type AttributionModuleService from "../../modules/attribution/service"

export const ORDER_NOT_FOUND = "주문을 찾을 수 없습니다."

const ORDER_FIELDS = [
  "id", "display_id", "created_at", "email", "status", "currency_code", "customer_id", "metadata",
  "item_total", "shipping_total", "discount_total", "total",
  "shipping_address.*",
  "items.id", "items.title", "items.subtitle", "items.product_title", "items.variant_title", "items.thumbnail",
  "items.product_id", "items.quantity", "items.unit_price", "items.total",
  "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.amount",
  "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at",
  "payment_collections.payments.data", "payment_collections.payments.refunds.id",
]

/**
 * The order with its computed payment/fulfillment status (Medusa's order-detail workflow), or a
 * 404; `filters` narrows it (a customer sees only their own orders).
 */
export async function loadOrder(scope: MedusaContainer, id: string, filters: Record<string, unknown> = {}): Promise<OrderRecord> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { ...filters, id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND)
  const { result } = await getOrderDetailWorkflow(scope).run({ input: { order_id: id, fields: ORDER_FIELDS } })
  return result as unknown as OrderRecord
}

const MAKER_FIELDS = ["id", "handle", "name", "business_registration_number", "representative", "address"]

/** The current maker of each product on the order (for names on lines and slips). */
export async function makersOfProducts(scope: MedusaContainer, order: OrderRecord): Promise<Map<string, MakerRef>> {
  const ids = [...new Set((order.items ?? []).map((i) => i.product_id).filter((id): id is string => !!id))]
  if (!ids.length) return new Map()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", ...MAKER_FIELDS.map((f) => `maker.${f}`)], filters: { id: ids } })
  const out = new Map<string, MakerRef>()
  for (const product of data as { id: string; maker?: MakerRef | null }[]) if (product.maker) out.set(product.id, product.maker)
  return out
}

/** The order's attribution snapshot rows and the current records of their makers. */
export async function attributionOf(scope: MedusaContainer, order: OrderRecord) {
  const attribution: AttributionModuleService = scope.resolve(ATTRIBUTION_MODULE)
  const rows = (await attribution.listLineAttributions({ order_id: order.id }, { take: null, order: { created_at: "ASC" } })) as CertificateRow[]
  const makerIds = [...new Set([...rows.map((r) => r.maker_id), ...makerIdsOfShipping(order)])]
  const makers = new Map<string, MakerRef>()
  if (makerIds.length) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "maker", fields: MAKER_FIELDS, filters: { id: makerIds } })
    for (const maker of data as MakerRef[]) makers.set(maker.id, maker)
  }
  return { rows, makers }
}

/** The makers the order's 업체별 배송 snapshot names (they may have a fee but no line). */
export function makerIdsOfShipping(order: Pick<OrderRecord, "metadata">): string[] {
  const groups = (order.metadata?.maker_shipping as { groups?: { maker_id?: unknown }[] } | undefined)?.groups
  return Array.isArray(groups) ? groups.map((g) => String(g.maker_id ?? "")).filter(Boolean) : []
}
