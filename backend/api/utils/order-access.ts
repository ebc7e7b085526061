import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { signOrderAccessToken, verifyOrderAccessToken, type OrderAccessToken } from "../../lib/security/order-access-token"
import type { OrderRecord } from "../../lib/orders/types"
import { ORDER_ACCESS_MODULE } from "../../modules/order-access"
import type OrderAccessModuleService from "../../modules/order-access/service"
import { loadOrder, ORDER_NOT_FOUND } from "./order-documents"

/**
 * The header that carries a guest's order access token (from the storefront's server, out of the
 * buyer's httpOnly cookie). Never a query parameter: addresses end up in logs, histories and
 * Referer headers.
 */
export const ORDER_TOKEN_HEADER = "x-order-token"

/** The server secret behind order access tokens: the cookie secret (JWT secret as a fallback). */
export function orderAccessSecret(scope: MedusaContainer): string {
  const { http } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return String(http.cookieSecret || http.jwtSecret || "")
}

/** A fresh token for the order (30 days). Only for someone who proved they placed it. */
export const issueOrderAccessToken = (scope: MedusaContainer, orderId: string): OrderAccessToken =>
  signOrderAccessToken(orderId, orderAccessSecret(scope))

/** The token's body for API answers: the token and until when it works. */
export const accessTokenBody = (issued: OrderAccessToken) => ({
  access_token: issued.token,
  access_token_expires_at: issued.expires_at.toISOString(),
})

/** Authentic, unexpired and not revoked by staff since it was issued. */
export async function isValidOrderAccessToken(scope: MedusaContainer, orderId: string, token: string | undefined, now = Date.now()) {
  const issuedAt = verifyOrderAccessToken(orderId, token, orderAccessSecret(scope), now)
  if (!issuedAt) return false
  const revokedAt = await scope.resolve<OrderAccessModuleService>(ORDER_ACCESS_MODULE).revokedAt(orderId)
  return !revokedAt || issuedAt.getTime() > revokedAt.getTime()
}

export function orderTokenOf(req: MedusaRequest): string | undefined {
  const value = req.headers[ORDER_TOKEN_HEADER]
  const token = Array.isArray(value) ? value[0] : value
  return token && token.length <= 200 ? token : undefined
}

/**
 * A store order for whoever may see it: the holder of its access token (guests: from their own
 * checkout or an order lookup) or the logged-in customer who placed it. A wrong, expired or
 * revoked token and someone else's order all answer 404, so nobody learns whether an id exists.
 */
export async function loadAccessibleOrder(req: AuthenticatedMedusaRequest): Promise<OrderRecord> {
  const id = req.params.id
  const token = orderTokenOf(req)
  if (token) {
    if (!(await isValidOrderAccessToken(req.scope, id, token))) {
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
