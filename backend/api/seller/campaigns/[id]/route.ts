import type { MedusaResponse } from "@medusajs/framework/http"
import { regularPrice } from "../../../../workflows/campaigns/read-campaign-products"
import { findSellerCampaignOr404, sellerProducts } from "../../scope"
import type { SellerRequest } from "../../types"

type ProductRow = { id: string; title: string; thumbnail: string | null; variants?: { title: string; prices?: Parameters<typeof regularPrice>[0] }[] }

/**
 * GET /seller/campaigns/:id — the campaign with this maker's items; while the call is open also
 * the maker's products on sale that it can still propose (with the lowest regular price, so the
 * form can show what a discount makes of it).
 */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const campaign = await findSellerCampaignOr404(req, req.params.id)
  let proposable: { id: string; title: string; thumbnail: string | null; regular_price: number | null }[] = []
  if (campaign.call_open) {
    const taken = new Set(campaign.items.filter((i) => i.state !== "declined").map((i) => i.product_id))
    const { products } = await sellerProducts(req, {
      fields: ["id", "title", "thumbnail", "variants.title", "variants.prices.amount", "variants.prices.currency_code",
        "variants.prices.min_quantity", "variants.prices.price_list_id", "variants.prices.rules_count"],
      filters: { status: "published" },
      take: 200,
    })
    proposable = (products as unknown as ProductRow[])
      .filter((p) => !taken.has(p.id))
      .map((p) => {
        const prices = (p.variants ?? []).map((v) => regularPrice(v.prices)).filter((n): n is number => n !== null)
        return { id: p.id, title: p.title, thumbnail: p.thumbnail, regular_price: prices.length ? Math.min(...prices) : null }
      })
  }
  res.json({ campaign, proposable })
}
