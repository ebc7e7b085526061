import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { isOverdueBankTransfer, OrderPayments } from "./overdue"

/**
 * Cancels every order whose 무통장입금 deadline passed unpaid (Medusa's cancel-order workflow:
 * payment canceled, reserved stock released). Returns the canceled order ids.
 */
export async function cancelOverdueBankTransfers(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "status",
      "payment_collections.payments.provider_id", "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at", "payment_collections.payments.data",
    ],
    filters: { status: ["pending", "requires_action"] },
  })
  const overdue = (data as unknown as OrderPayments[]).filter((o) => isOverdueBankTransfer(o, now))
  const canceled: string[] = []
  for (const order of overdue) {
    try {
      await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
      canceled.push(order.id)
      // one line per order: which process ran the sweep shows in the logs (tests/redis/worker-mode)
      logger.info(`무통장입금 기한 초과 주문 ${order.id}을(를) 취소했습니다`)
    } catch (error) {
      logger.error(`무통장입금 기한 초과 주문 ${order.id}을(를) 취소하지 못했습니다: ${(error as Error).message}`)
    }
  }
  return canceled
}
