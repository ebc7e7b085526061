import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { signOrderAccessToken, verifyOrderAccessToken } from "../../lib/security/order-access-token"
import type { OrderRecord } from "../../lib/orders/types"
import { loadOrder, ORDER_NOT_FOUND } from "./order-documents"

/** The server secret behind order access tokens: the cookie secret (JWT secret as a fallback). */
export function orderAccessSecret(scope: MedusaContainer): string {
  const { http } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return String(http.cookieSecret || http.jwtSecret || "")
}

export const issueOrderAccessToken = (scope: MedusaContainer, orderId: string) =>
  signOrderAccessToken(orderId, orderAccessSecret(scope))

/**
 * A store order for whoever may see it: the holder of its access token (guests, from the
 * confirmation page or order lookup) or the logged-in customer who placed it. A wrong token and
 * someone else's order both answer 404, so nobody learns whether an order id exists.
 */
export async function loadAccessibleOrder(req: AuthenticatedMedusaRequest, token: string | undefined): Promise<OrderRecord> {
  const id = req.params.id
  if (token) {
    if (!verifyOrderAccessToken(id, token, orderAccessSecret(req.scope))) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND)
    }
    return loadOrder(req.scope, id)
  }
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "주문을 보려면 로그인하거나 주문 조회로 들어와 주세요.")
  }
  return loadOrder(req.scope, id, { customer_id: customerId })
}
