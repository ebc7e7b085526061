import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type CampaignProductVariant = { id: string; title: string; price_set_id: string | null; regular_price: number | null }
export type CampaignProduct = {
  id: string
  title: string
  handle: string
  maker: { id: string; name: string; status: string } | null
  variants: CampaignProductVariant[]
}

type PriceRow = { amount: number; currency_code: string; min_quantity?: number | null; price_list_id?: string | null; rules_count?: number | null }
type VariantRow = { id: string; title: string; price_set?: { id: string } | null; prices?: PriceRow[] | null }
type ProductRow = { id: string; title: string; handle: string; maker?: CampaignProduct["maker"]; variants?: VariantRow[] | null }

/**
 * The regular price of a variant: its KRW price outside any price list, without a quantity tier
 * (bulk tiers have min_quantity > 1) or region rule. Price-list prices (campaigns among them)
 * share the same price set, so they must be filtered out here.
 */
export function regularPrice(prices: PriceRow[] | null | undefined): number | null {
  const base = (prices ?? []).find(
    (p) => p.currency_code === "krw" && !p.price_list_id && (p.min_quantity === null || p.min_quantity === undefined || p.min_quantity <= 1) && !p.rules_count
  )
  return base ? Number(base.amount) : null
}

/** Products by id with their maker and every variant's price set and regular price. */
export async function readCampaignProducts(container: MedusaContainer, productIds: string[]): Promise<Map<string, CampaignProduct>> {
  if (!productIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "title", "handle", "maker.id", "maker.name", "maker.status",
      "variants.id", "variants.title", "variants.price_set.id",
      "variants.prices.amount", "variants.prices.currency_code", "variants.prices.min_quantity",
      "variants.prices.price_list_id", "variants.prices.rules_count",
    ],
    filters: { id: [...new Set(productIds)] },
  })
  return new Map(
    (data as unknown as ProductRow[]).map((p) => [
      p.id,
      {
        id: p.id,
        title: p.title,
        handle: p.handle,
        maker: p.maker ?? null,
        variants: (p.variants ?? []).map((v) => ({ id: v.id, title: v.title, price_set_id: v.price_set?.id ?? null, regular_price: regularPrice(v.prices) })),
      },
    ])
  )
}
