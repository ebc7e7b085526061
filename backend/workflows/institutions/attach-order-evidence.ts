import type { MedusaContainer } from "@medusajs/framework/types"
import { INSTITUTIONS_MODULE } from "../../modules/institutions"
import type InstitutionsModuleService from "../../modules/institutions/service"

/**
 * Gives the cart's 증빙 요청 (if any) the order id when the cart completes; called from the
 * completeCart hook (workflows/hooks/complete-cart-attribution.ts). Returns the row id for undo.
 * Only the row the store route wrote counts: nothing in cart or order metadata is read.
 */
export async function attachOrderEvidence(container: MedusaContainer, cart_id: string, order_id: string): Promise<string | undefined> {
  const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
  const [row] = await service.listPurchaseEvidences({ cart_id }, { take: 1, select: ["id", "order_id"] })
  if (!row || row.order_id) return undefined
  await service.updatePurchaseEvidences({ id: row.id, order_id })
  return row.id
}

export async function detachOrderEvidence(container: MedusaContainer, id: string | undefined) {
  if (!id) return
  const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
  await service.updatePurchaseEvidences({ id, order_id: null })
}
