import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import { readKitCompositions } from "../../gift-sets/read-kit-compositions"
import { buildLineAttributions, ComponentShare, MakerSnapshot, OrderForAttribution } from "../build-line-attributions"

export const snapshotOrderAttributionStepId = "snapshot-order-attribution"

/**
 * Freezes who made each line of a placed order and returns the new row ids. Runs once per
 * order: an order that already has rows is left as it is (and the unique line/maker index keeps
 * two concurrent runs from doubling them). A catch-up run may find the order already canceled:
 * its rows are then written canceled, so the sale never counts in the report.
 */
export async function snapshotOrderAttribution(container: MedusaContainer, order_id: string): Promise<string[]> {
  const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  const existing = await attribution.listLineAttributions({ order_id }, { select: ["id"] })
  if (existing.length) return []

  // The order module computes line totals itself; Query inside the checkout transaction does not
  // (it sees the new order's items without quantity and totals).
  const orders = container.resolve(Modules.ORDER)
  const order = (await orders.retrieveOrder(order_id, {
    relations: ["items"],
    // asking for an order-level total makes the module load and compute the line totals too
    select: ["id", "display_id", "created_at", "status", "canceled_at", "currency_code", "item_total", "items.id", "items.product_id",
      "items.variant_id", "items.product_title", "items.title", "items.quantity", "items.total"],
  })) as unknown as OrderForAttribution & { status: string; canceled_at?: string | Date | null }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(order.items.map((i) => i.product_id).filter((id): id is string => !!id))]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "maker.id", "maker.handle", "maker.name", "maker.business_registration_number"],
        filters: { id: productIds },
      })
    : { data: [] }
  const makers = new Map(
    (products as unknown as { id: string; maker?: MakerSnapshot | null }[]).map((p) => [p.id, p.maker ?? undefined])
  )

  const variantIds = [...new Set(order.items.map((i) => i.variant_id).filter((id): id is string => !!id))]
  const compositions = await readKitCompositions(query, variantIds)
  const componentsOf = (variantId: string | null | undefined): ComponentShare[] | undefined =>
    variantId
      ? compositions.get(variantId)?.flatMap((c) =>
          c.unit?.maker ? [{ maker: c.unit.maker, weight: c.unit.unit_price * c.required_quantity }] : []
        )
      : undefined

  const rows = buildLineAttributions(order, (productId) => (productId ? makers.get(productId) : undefined), componentsOf)
  if (!rows.length) return []
  const canceled_at = order.status === "canceled" ? new Date(order.canceled_at ?? Date.now()) : null
  const created = await attribution.createLineAttributions(rows.map((row) => ({ ...row, canceled_at })))
  return created.map((r) => r.id)
}

export async function removeOrderAttribution(container: MedusaContainer, ids: string[] | undefined) {
  if (!ids?.length) return
  const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  await attribution.deleteLineAttributions(ids)
}

export const snapshotOrderAttributionStep = createStep(
  snapshotOrderAttributionStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const ids = await snapshotOrderAttribution(container, order_id)
    return new StepResponse(ids, ids)
  },
  (ids, { container }) => removeOrderAttribution(container, ids)
)
