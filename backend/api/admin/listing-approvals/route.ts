import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListListingApprovalsQueryType } from "./validators"

const REVISION_FIELDS = ["id", "product_id", "maker_id", "member_id", "kind", "status", "changes", "previous", "reason", "decided_at", "created_at"]
const PRODUCT_FIELDS = ["id", "title", "subtitle", "description", "status", "thumbnail", "handle", "categories.id", "categories.name", "images.id", "images.url", "images.rank"]

type Revision = Record<string, unknown> & { changes?: { category_id?: string } | null; previous?: { category_id?: string } | null }

/**
 * 승인 대기 queue (or decided requests), oldest first: each with its product's live content, its
 * maker, the member who asked and the names of the categories in `changes`/`previous` (the
 * side-by-side view shows names, the request stores ids).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListListingApprovalsQueryType>, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as AdminListListingApprovalsQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "listing_revision",
    fields: REVISION_FIELDS,
    filters: { status },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  const revisions = data as Revision[]
  const ids = (pick: (r: Revision) => unknown) => [...new Set(revisions.map(pick).filter((v): v is string => typeof v === "string" && v !== ""))]
  const byId = async (entity: string, fields: string[], wanted: string[]) => {
    if (!wanted.length) return new Map<string, Record<string, unknown>>()
    const { data: rows } = await query.graph({ entity, fields, filters: { id: wanted } })
    return new Map(rows.map((row) => [row.id as string, row as Record<string, unknown>]))
  }
  const [productOf, makerOf, memberOf, categoryOf] = await Promise.all([
    byId("product", PRODUCT_FIELDS, ids((r) => r.product_id)),
    byId("maker", ["id", "name", "handle"], ids((r) => r.maker_id)),
    byId("seller_member", ["id", "name", "email"], ids((r) => r.member_id)),
    byId("product_category", ["id", "name"], [...ids((r) => r.changes?.category_id), ...ids((r) => r.previous?.category_id)]),
  ])
  const categoryName = (id?: string) => (id ? ((categoryOf.get(id)?.name as string | undefined) ?? null) : null)
  res.json({
    listing_approvals: revisions.map((r) => ({
      ...r,
      product: productOf.get(r.product_id as string) ?? null,
      maker: makerOf.get(r.maker_id as string) ?? null,
      member: memberOf.get(r.member_id as string) ?? null,
      category_names: { changes: categoryName(r.changes?.category_id), previous: categoryName(r.previous?.category_id) },
    })),
    count: metadata?.count ?? revisions.length,
    limit,
    offset,
  })
}
