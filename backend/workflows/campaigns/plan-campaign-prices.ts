import { salePrice } from "../../modules/campaigns/utils/sale-price"
import type { CampaignProduct } from "./read-campaign-products"
import type { CampaignItemInput, CampaignPriceRow } from "./types"

/**
 * Every variant price a campaign's accepted items give, and the Korean reasons the items cannot
 * be priced (unknown product, a suspended maker, a discount that is not whole won or not below the
 * regular price). Proposed and declined items are checked for existence only.
 */
export function planCampaignPrices(
  items: CampaignItemInput[],
  products: Map<string, CampaignProduct>
): { rows: CampaignPriceRow[]; errors: string[] } {
  const rows: CampaignPriceRow[] = []
  const errors: string[] = []
  const seen = new Set<string>()
  for (const item of items) {
    if (seen.has(item.product_id)) {
      errors.push(`같은 상품을 두 번 넣었습니다: ${item.product_id}`)
      continue
    }
    seen.add(item.product_id)
    const product = products.get(item.product_id)
    if (!product) {
      errors.push(`상품을 찾을 수 없습니다: ${item.product_id}`)
      continue
    }
    if (!product.maker) {
      errors.push(`상품 '${product.title}'에 만든 곳이 지정되어 있지 않습니다`)
      continue
    }
    if (product.maker.status !== "active") {
      errors.push(`상품 '${product.title}'의 만든 곳 '${product.maker.name}'은(는) 판매 중지 상태라 특판전에 넣을 수 없습니다`)
      continue
    }
    if ((item.state ?? "accepted") !== "accepted") continue
    const priced = product.variants.filter((v) => v.price_set_id && v.regular_price !== null)
    if (!priced.length) {
      errors.push(`상품 '${product.title}'에 정가가 있는 옵션이 없습니다`)
      continue
    }
    for (const variant of priced) {
      const result = salePrice(variant.regular_price!, item)
      if ("error" in result) {
        errors.push(`'${product.title}${priced.length > 1 ? ` (${variant.title})` : ""}': ${result.error}`)
        continue
      }
      rows.push({
        product_id: product.id,
        product_title: product.title,
        maker_id: product.maker.id,
        maker_name: product.maker.name,
        variant_id: variant.id,
        variant_title: variant.title,
        price_set_id: variant.price_set_id!,
        regular_price: variant.regular_price!,
        sale_price: result.price,
      })
    }
  }
  return { rows, errors }
}
