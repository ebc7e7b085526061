import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** Ids of the center with this handle and, for a regional center, of its local centers. */
export async function findCenterScope(query: Omit<RemoteQueryFunction, symbol>, handle: string): Promise<string[]> {
  const { data: centers } = await query.graph({ entity: "center", fields: ["id", "level"], filters: { handle } })
  if (!centers.length) return ["ctr_none"]
  const ids = [centers[0].id as string]
  if (centers[0].level === "regional") {
    const { data: locals } = await query.graph({ entity: "center", fields: ["id"], filters: { parent_id: ids[0] } })
    ids.push(...locals.map((c) => c.id as string))
  }
  return ids
}

/** Ids of makers holding a certification whose name contains `name` (e.g. "HACCP"). */
export async function findMakerIdsWithCertification(
  query: Omit<RemoteQueryFunction, symbol>,
  name: string
): Promise<string[]> {
  const { data } = await query.graph({
    entity: "maker_certification",
    fields: ["maker.id"],
    filters: { name: { $ilike: `%${name}%` } },
  })
  const ids = [...new Set(data.map((c) => (c as { maker?: { id: string } }).maker?.id).filter(Boolean))] as string[]
  return ids.length ? ids : ["mkr_none"]
}
