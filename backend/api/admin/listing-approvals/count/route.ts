import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCountListingApprovalsQueryType } from "../validators"

/**
 * How many requests have a status (default pending): the admin shows it next to 승인 대기, so it
 * must stay cheap (one count, no rows, no joins).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminCountListingApprovalsQueryType>, res: MedusaResponse) {
  const { status } = req.validatedQuery as AdminCountListingApprovalsQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({ entity: "listing_revision", fields: ["id"], filters: { status }, pagination: { skip: 0, take: 1 } })
  res.json({ status, count: metadata?.count ?? 0 })
}
