import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { regularPrice } from "../../../../workflows/campaigns/read-campaign-products"
import type { AdminCampaignProductSearchQueryType } from "../validators"

type Row = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  maker?: { id: string; name: string; status: string } | null
  variants?: { id: string; title: string; prices?: Parameters<typeof regularPrice>[0] }[]
}

/**
 * The campaign product picker: products by title (server-side, paged, so it scales to
 * thousands), optionally of one maker, with the maker and each variant's regular price.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminCampaignProductSearchQueryType>, res: MedusaResponse) {
  const { q, maker_id, limit, offset } = req.validatedQuery as AdminCampaignProductSearchQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (q) filters.title = { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` }
  if (maker_id) {
    const { data } = await query.graph({ entity: "maker", fields: ["id", "products.id"], filters: { id: maker_id } })
    const ids = ((data[0] as { products?: { id: string }[] } | undefined)?.products ?? []).map((p) => p.id)
    if (!ids.length) return res.json({ products: [], count: 0, limit, offset })
    filters.id = ids
  }
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "status", "thumbnail", "maker.id", "maker.name", "maker.status", "variants.id", "variants.title",
      "variants.prices.amount", "variants.prices.currency_code", "variants.prices.min_quantity", "variants.prices.price_list_id", "variants.prices.rules_count"],
    filters,
    pagination: { skip: offset, take: limit, order: { title: "ASC" } },
  })
  const products = (data as unknown as Row[]).map((p) => ({
    id: p.id,
    title: p.title,
    handle: p.handle,
    status: p.status,
    thumbnail: p.thumbnail,
    maker: p.maker ?? null,
    variants: (p.variants ?? []).map((v) => ({ id: v.id, title: v.title, regular_price: regularPrice(v.prices) })),
  }))
  res.json({ products, count: metadata?.count ?? products.length, limit, offset })
}
