import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_ACCESS_MODULE } from "../../../modules/order-access"
import type OrderAccessModuleService from "../../../modules/order-access/service"

export const revokeOrderAccessStepId = "revoke-order-access"

type Previous = { id: string; revoked_at: Date | null }

/** Moves the order's revocation time to now; the compensation puts back the earlier time (or none). */
export const revokeOrderAccessStep = createStep(
  revokeOrderAccessStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const service: OrderAccessModuleService = container.resolve(ORDER_ACCESS_MODULE)
    const [existing] = await service.listOrderAccessRevocations({ order_id }, { take: 1 })
    const revoked_at = new Date()
    if (existing) {
      await service.updateOrderAccessRevocations({ id: existing.id, revoked_at })
      return new StepResponse({ order_id, revoked_at }, { id: existing.id, revoked_at: new Date(existing.revoked_at) } as Previous)
    }
    const created = await service.createOrderAccessRevocations({ order_id, revoked_at })
    return new StepResponse({ order_id, revoked_at }, { id: created.id, revoked_at: null } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: OrderAccessModuleService = container.resolve(ORDER_ACCESS_MODULE)
    if (previous.revoked_at) await service.updateOrderAccessRevocations({ id: previous.id, revoked_at: previous.revoked_at })
    else await service.deleteOrderAccessRevocations(previous.id)
  }
)
