import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORE_BRAND_FIELDS } from "../makers/fields"
import type { StoreListBrandsQueryType } from "../makers/validators"

/** GET /store/brands — joint brands (공동브랜드) with their owner center and member count. */
export async function GET(req: MedusaRequest<unknown, StoreListBrandsQueryType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as StoreListBrandsQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "joint_brand",
    fields: [...STORE_BRAND_FIELDS, "members.id", "members.status"],
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  const brands = data.map(({ members, ...brand }) => ({
    ...brand,
    member_count: ((members ?? []) as { status: string }[]).filter((m) => m?.status === "active").length,
  }))
  res.json({ brands, count: metadata?.count ?? brands.length, limit, offset })
}
