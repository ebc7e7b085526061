import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isOrderPaid, type PaidCheckOrder } from "../../../lib/orders/paid"
import { readMakerShipping } from "../../../lib/orders/order-metadata"
import { toWon, type AmountLike } from "../../../lib/money/won"
import { computeMakerShipping } from "../../../lib/shipping/per-maker-fee"
import { SHIPMENTS_MODULE } from "../../../modules/shipments"
import type ShipmentsModuleService from "../../../modules/shipments/service"
import { loadShippingPolicies } from "../../shipping/load-shipping-policies"

export const createOrderParcelsStepId = "create-order-parcels"

export type CreateOrderParcelsInput = { order_id?: string; payment_id?: string }

type OrderRow = PaidCheckOrder & {
  id: string
  metadata: Record<string, unknown> | null
  items: { id: string; product_id: string | null; unit_price: AmountLike; quantity: AmountLike }[]
}

async function orderIdOf(container: MedusaContainer, input: CreateOrderParcelsInput): Promise<string | undefined> {
  if (input.order_id) return input.order_id
  if (!input.payment_id) return undefined
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["payment_collection.order.id"], filters: { id: input.payment_id } })
  return (data[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
}

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === "23505" || /already exists|unique/i.test(String((error as Error)?.message))

/**
 * Makes one parcel per maker of a paid order, with the lines that maker ships (the product's
 * maker now, i.e. a gift set's assembler — the same grouping as the 업체별 배송 fee) and the fee
 * charged for it. Idempotent: makers that already have a parcel are skipped, and the unique
 * (order, maker) index settles two runs at once (order.placed for a card, payment.captured for
 * a 무통장입금 may both arrive). An unpaid order gets nothing yet. Lines of products without a
 * maker get no parcel (the operator ships those). Returns the new parcel ids.
 */
export async function createOrderParcels(container: MedusaContainer, input: CreateOrderParcelsInput): Promise<string[]> {
  const order_id = await orderIdOf(container, input)
  if (!order_id) return []
  const shipments: ShipmentsModuleService = container.resolve(SHIPMENTS_MODULE)
  const orders = container.resolve(Modules.ORDER)
  // the order module (not Query) gives each line's quantity, as in the attribution snapshot;
  // asking for an order-level total makes it load them
  const order = (await orders.retrieveOrder(order_id, {
    relations: ["items"],
    select: ["id", "status", "metadata", "item_total", "items.id", "items.product_id", "items.unit_price", "items.quantity"],
  })) as unknown as OrderRow
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: withPayments } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: order_id },
  })
  if (!isOrderPaid({ status: order.status, payment_collections: (withPayments[0] as unknown as PaidCheckOrder)?.payment_collections })) return []

  const existing = await shipments.listParcels({ order_id }, { select: ["id", "maker_id"] })
  const has = new Set(existing.map((p) => p.maker_id))
  const policies = await loadShippingPolicies(query, order.items.map((i) => i.product_id))
  const byMaker = new Map<string, OrderRow["items"]>()
  for (const item of order.items) {
    const maker = item.product_id ? policies[item.product_id]?.maker : undefined
    if (!maker || has.has(maker.id)) continue
    byMaker.set(maker.id, [...(byMaker.get(maker.id) ?? []), item])
  }
  if (!byMaker.size) return []

  // the fee as charged; an order whose snapshot is still missing gets today's computation
  const charged = new Map((readMakerShipping(order.metadata)?.groups ?? []).map((g) => [g.maker_id, g.shipping_fee]))
  const computed = () =>
    new Map(computeMakerShipping(order.items, policies).maker_groups.flatMap((g) => (g.maker ? [[g.maker.id, g.shipping_fee] as const] : [])))
  const created: string[] = []
  for (const [maker_id, items] of byMaker) {
    const quantities = items.map((i) => toWon(i.quantity))
    if (quantities.some((q) => !(q > 0))) throw new Error(`주문 ${order_id}의 수량을 읽지 못해 배송 정보를 만들지 않았습니다.`)
    try {
      const parcel = await shipments.createParcels({
        order_id,
        maker_id,
        status: "awaiting",
        shipping_amount: charged.get(maker_id) ?? computed().get(maker_id) ?? 0,
      })
      created.push(parcel.id)
      await shipments.createParcelItems(items.map((i, n) => ({ parcel_id: parcel.id, line_item_id: i.id, quantity: quantities[n] })))
    } catch (error) {
      // another run made this maker's parcel a moment ago
      if (!isUniqueViolation(error)) {
        await removeParcels(container, created)
        throw error
      }
    }
  }
  return created
}

export async function removeParcels(container: MedusaContainer, ids: string[] | undefined) {
  if (!ids?.length) return
  const shipments: ShipmentsModuleService = container.resolve(SHIPMENTS_MODULE)
  await shipments.deleteParcels(ids)
}

export const createOrderParcelsStep = createStep(
  createOrderParcelsStepId,
  async (input: CreateOrderParcelsInput, { container }) => {
    const ids = await createOrderParcels(container, input)
    return new StepResponse(ids, ids)
  },
  (ids, { container }) => removeParcels(container, ids)
)
