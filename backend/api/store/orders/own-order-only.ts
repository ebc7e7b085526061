import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_NOT_FOUND } from "../../utils/order-documents"

/**
 * Medusa's GET /store/orders/:id answers anyone who knows the order id (it treats the id as the
 * secret) — with the email, the address, the metadata and, on request, `cart.id`, the one proof
 * the checkout hands the order token over to. Order ids appear in our page addresses, so that
 * route is for the logged-in owner only; guests use /store/orders/:id/details with their token.
 */
export async function ownOrderOnly(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "주문을 보려면 로그인해 주세요.")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id, customer_id: customerId } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND)
  next()
}
