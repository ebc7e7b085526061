import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListListingApprovalsQueryType } from "./validators"

const REVISION_FIELDS = ["id", "product_id", "maker_id", "member_id", "kind", "status", "changes", "previous", "reason", "decided_at", "created_at"]

/** 승인 대기 queue (or decided requests): each with its product's live content and its maker, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListListingApprovalsQueryType>, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as AdminListListingApprovalsQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: revisions, metadata } = await query.graph({
    entity: "listing_revision",
    fields: REVISION_FIELDS,
    filters: { status },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  const productIds = [...new Set(revisions.map((r) => r.product_id as string))]
  const makerIds = [...new Set(revisions.map((r) => r.maker_id as string))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "subtitle", "description", "status", "thumbnail", "handle", "categories.id", "categories.name"], filters: { id: productIds } })
    : { data: [] }
  const { data: makers } = makerIds.length ? await query.graph({ entity: "maker", fields: ["id", "name", "handle"], filters: { id: makerIds } }) : { data: [] }
  const productOf = new Map(products.map((p) => [p.id as string, p]))
  const makerOf = new Map(makers.map((m) => [m.id as string, m]))
  res.json({
    listing_approvals: revisions.map((r) => ({ ...r, product: productOf.get(r.product_id as string) ?? null, maker: makerOf.get(r.maker_id as string) ?? null })),
    count: metadata?.count ?? revisions.length,
    limit,
    offset,
  })
}
