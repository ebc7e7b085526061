import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { handleSchema } from "../../utils/list-query"

const MakerFilter = z.object({
  maker: handleSchema.optional(),
  brand: handleSchema.optional(),
  region: z.string().trim().min(2).max(20).optional(),
})

const NO_MATCH = "prod_none"

/**
 * Lets GET /store/products take `maker`, `brand` and `region` (the maker's 시·도): they are
 * turned into the product ids they select before Medusa's own (strict) validation runs, so
 * every standard parameter (category_id, region_id pricing, paging) keeps working.
 */
export async function filterProductsByMaker(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const raw = req.query as Record<string, unknown>
  if (raw.maker === undefined && raw.brand === undefined && raw.region === undefined) return next()
  const parsed = MakerFilter.safeParse({ maker: raw.maker, brand: raw.brand, region: raw.region })
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "))
  }
  const { maker, brand, region } = parsed.data
  delete raw.maker
  delete raw.brand
  delete raw.region

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const sets: string[][] = []
  if (maker || region) {
    const filters: Record<string, unknown> = { status: "active" }
    if (maker) filters.handle = maker
    if (region) filters.region = region
    const { data } = await query.graph({ entity: "maker", fields: ["products.id"], filters })
    sets.push(data.flatMap((m) => ((m.products ?? []) as { id: string }[]).map((p) => p.id)))
  }
  if (brand) {
    const { data } = await query.graph({ entity: "joint_brand", fields: ["products.id"], filters: { handle: brand } })
    sets.push(data.flatMap((b) => ((b.products ?? []) as { id: string }[]).map((p) => p.id)))
  }
  if (raw.id !== undefined) sets.push([raw.id].flat().map(String))

  const ids = sets.reduce((acc, set) => acc.filter((id) => set.includes(id)))
  raw.id = ids.length ? ids : [NO_MATCH]
  next()
}

/** Product responses may include the linked maker and joint brand (`fields=+maker.*`). */
const MAKER_FIELDS = ["id", "handle", "name", "kind", "region", "logo_url", "business_registration_number"]
const BRAND_FIELDS = ["id", "handle", "name", "slogan", "logo_url"]
export const ALLOWED_PRODUCT_LINK_FIELDS = [
  "maker", "maker.*", ...MAKER_FIELDS.map((f) => `maker.${f}`),
  "joint_brand", "joint_brand.*", ...BRAND_FIELDS.map((f) => `joint_brand.${f}`),
]

export function allowMakerFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...ALLOWED_PRODUCT_LINK_FIELDS]
  next()
}
