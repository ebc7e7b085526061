import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STORE_BRAND_FIELDS, STORE_MAKER_FIELDS, STORE_PRODUCT_SUMMARY_FIELDS } from "../fields"

type ProductSummary = { id: string; status: string }

/** GET /store/makers/:handle — the maker, its center (and regional center), brands, products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "maker",
    fields: [
      ...STORE_MAKER_FIELDS,
      ...STORE_BRAND_FIELDS.map((f) => `brands.${f}`).filter((f) => !f.startsWith("brands.owner_center")),
      ...STORE_PRODUCT_SUMMARY_FIELDS.map((f) => `products.${f}`),
    ],
    filters: { handle: req.params.handle, status: "active" },
  })
  const maker = data[0] as (Record<string, unknown> & { center?: { parent_id?: string | null }; products?: ProductSummary[] }) | undefined
  if (!maker) throw new MedusaError(MedusaError.Types.NOT_FOUND, `만든 곳을 찾을 수 없습니다: ${req.params.handle}`)

  let regional_center: unknown = null
  if (maker.center?.parent_id) {
    const { data: parents } = await query.graph({
      entity: "center",
      fields: ["id", "handle", "name", "region", "phone", "address"],
      filters: { id: maker.center.parent_id },
    })
    regional_center = parents[0] ?? null
  }
  const products = (maker.products ?? []).filter((p) => p?.status === "published")
  res.json({ maker: { ...maker, products: undefined, regional_center }, products })
}
