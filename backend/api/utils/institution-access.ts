import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INSTITUTIONS_MODULE } from "../../modules/institutions"
import type InstitutionsModuleService from "../../modules/institutions/service"
import { INSTITUTION_ERRORS } from "../../workflows/institutions/errors"

export const STORE_INSTITUTION_FIELDS = ["id", "name", "business_number", "contact_name", "contact_phone", "contact_email"] as const

export type StoreInstitution = { id: string; name: string; business_number: string; contact_name: string; contact_phone: string | null; contact_email: string | null }

/** The logged-in customer's id, or a Korean 401. */
export function customerIdOf(req: AuthenticatedMedusaRequest): string {
  const id = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (!id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, INSTITUTION_ERRORS.loginRequired)
  return id
}

/** The institution a customer account is marked as, or null. */
export async function institutionOf(scope: MedusaContainer, customer_id: string): Promise<StoreInstitution | null> {
  const service: InstitutionsModuleService = scope.resolve(INSTITUTIONS_MODULE)
  const [row] = await service.listInstitutions({ customer_id }, { take: 1, select: [...STORE_INSTITUTION_FIELDS] })
  return (row as StoreInstitution | undefined) ?? null
}

/** The logged-in customer's institution; 401 without login, a Korean 403 for anyone else. */
export async function requireInstitution(req: AuthenticatedMedusaRequest): Promise<StoreInstitution & { customer_id: string }> {
  const customer_id = customerIdOf(req)
  const institution = await institutionOf(req.scope, customer_id)
  if (!institution) throw new MedusaError(MedusaError.Types.FORBIDDEN, INSTITUTION_ERRORS.notInstitution)
  return { ...institution, customer_id }
}

/**
 * Runs before the body is validated: the cart must be the logged-in customer's own open cart
 * (someone else's cart is simply not found) and the customer an institution (403).
 */
export async function institutionCartOnly(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const customer_id = customerIdOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id", "completed_at"], filters: { id: req.params.id } })
  const cart = data[0] as { id: string; customer_id: string | null; completed_at: string | Date | null } | undefined
  if (!cart || cart.customer_id !== customer_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, INSTITUTION_ERRORS.cartNotFound)
  await requireInstitution(req)
  if (req.method !== "GET" && cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, INSTITUTION_ERRORS.cartCompleted)
  next()
}
