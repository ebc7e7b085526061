import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { pagingSchema } from "./list-query"

export const ListingChangesQuery = z.object({ ...pagingSchema, limit: pagingSchema.limit.default(50) }).strict()
export type ListingChangesQueryType = z.infer<typeof ListingChangesQuery>

const FIELDS = ["id", "product_id", "variant_id", "maker_id", "member_id", "field", "old_value", "new_value", "created_at"]

/**
 * A product's price/stock change log, newest first, each row with who made it (the member's
 * name and email; null for a change without a member). `filters` must carry the caller's scope.
 */
export async function readListingChanges(req: MedusaRequest, filters: { product_id: string; maker_id?: string }, paging: { limit: number; offset: number }) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "listing_change_log",
    fields: FIELDS,
    filters,
    pagination: { skip: paging.offset, take: paging.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const memberIds = [...new Set(data.map((c) => c.member_id as string | null).filter((id): id is string => !!id))]
  const { data: members } = memberIds.length
    ? await query.graph({ entity: "seller_member", fields: ["id", "name", "email"], filters: { id: memberIds }, withDeleted: true })
    : { data: [] }
  const memberOf = new Map(members.map((m) => [m.id as string, m]))
  const { data: variants } = data.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "title"], filters: { id: [...new Set(data.map((c) => c.variant_id as string))] } })
    : { data: [] }
  const titleOf = new Map(variants.map((v) => [v.id as string, v.title as string]))
  return {
    changes: data.map((c) => ({ ...c, variant_title: titleOf.get(c.variant_id as string) ?? null, member: c.member_id ? memberOf.get(c.member_id as string) ?? null : null })),
    count: metadata?.count ?? data.length,
    ...paging,
  }
}
