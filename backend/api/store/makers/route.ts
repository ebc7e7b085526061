import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findCenterScope, findMakerIdsWithCertification } from "./filters"
import { STORE_MAKER_CARD_FIELDS } from "./fields"
import type { StoreListMakersQueryType } from "./validators"

/** GET /store/makers — active makers, filterable by region, kind, center and certification. */
export async function GET(req: MedusaRequest<unknown, StoreListMakersQueryType>, res: MedusaResponse) {
  const { limit, offset, q, region, kind, center, certification } = req.validatedQuery as StoreListMakersQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const filters: Record<string, unknown> = { status: "active" }
  if (region) filters.region = region
  if (kind) filters.kind = kind
  if (q) filters.name = { $ilike: `%${q}%` }
  if (center) filters.center_id = await findCenterScope(query, center)
  if (certification) filters.id = await findMakerIdsWithCertification(query, certification)

  const { data: makers, metadata } = await query.graph({
    entity: "maker",
    fields: STORE_MAKER_CARD_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ makers, count: metadata?.count ?? makers.length, limit, offset })
}
