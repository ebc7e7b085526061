import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_ERRORS } from "../../lib/seller/seller-errors"
import type { SellerRole } from "../../lib/seller/seller-mail"
import type { SellerRequest } from "./types"

/**
 * The only /seller routes reachable without a seller login: reading and accepting an invite
 * (the token is the credential). Password reset runs through Medusa's /auth/seller routes.
 * tests/integration/seller-guard.test.ts pins this list.
 */
export const SELLER_PUBLIC_ROUTES: ReadonlyArray<{ method: string; path: string }> = [
  { method: "GET", path: "/seller/invites/accept" },
  { method: "POST", path: "/seller/invites/accept" },
]

function requestPath(req: MedusaRequest): string {
  const path = (req.originalUrl || req.url).split("?")[0].replace(/\/+$/, "")
  return path || "/"
}

export function isPublicSellerRoute(method: string, path: string): boolean {
  return SELLER_PUBLIC_ROUTES.some((r) => r.method === method.toUpperCase() && r.path === path)
}

// Medusa's authenticate answers an unknown caller in English; letting it pass unauthenticated
// lets us answer in Korean below. requireMfa stays off: sellers have no MFA factors.
const readSellerAuth = authenticate("seller", ["bearer", "session"], { allowUnauthenticated: true, requireMfa: false })

type MemberRow = { id: string; maker_id: string; role: SellerRole; maker?: { status: string } | null }

/**
 * The one guard of /seller/*: a `seller` token or session whose identity is bound to a member
 * (`app_metadata.seller_id`; tokens of unregistered identities carry no actor id and stop
 * here), of a maker that is not suspended. The maker comes from the member row only.
 */
export async function sellerGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isPublicSellerRoute(req.method, requestPath(req))) return next()
  await new Promise<void>((resolve, reject) => readSellerAuth(req, res, (err?: unknown) => (err ? reject(err) : resolve())))
  const sreq = req as SellerRequest
  const auth = sreq.auth_context
  if (!auth?.actor_id || auth.actor_type !== "seller") throw new MedusaError(MedusaError.Types.UNAUTHORIZED, SELLER_ERRORS.unauthorized)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller_member", fields: ["id", "maker_id", "role", "maker.status"], filters: { id: auth.actor_id } })
  const member = data[0] as MemberRow | undefined
  if (!member) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, SELLER_ERRORS.unauthorized)
  if (member.maker?.status !== "active") throw new MedusaError(MedusaError.Types.FORBIDDEN, SELLER_ERRORS.suspended)
  sreq.seller = { member_id: member.id, maker_id: member.maker_id, role: member.role }
  next()
}

/**
 * Medusa's login route for the seller actor: a member of a suspended maker gets no token
 * (the guard refuses tokens issued before the suspension).
 */
export async function refuseSuspendedSellerLogin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = typeof (req.body as { email?: unknown })?.email === "string" ? (req.body as { email: string }).email.trim().toLowerCase() : ""
  if (!email) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller_member", fields: ["id", "maker.status"], filters: { email } })
  const member = data[0] as { maker?: { status: string } | null } | undefined
  if (member && member.maker?.status !== "active") throw new MedusaError(MedusaError.Types.UNAUTHORIZED, SELLER_ERRORS.suspended)
  next()
}
