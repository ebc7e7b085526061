/** One part of a gift set or pack, as GET /store/products/:id/composition describes it. */
export type CompositionComponent = {
  quantity: number
  product_handle: string
  product_title: string
  variant_title: string
  unit_price: number
  maker: { handle: string; name: string } | null
}

export type PriceTier = { min_quantity: number; amount: number }

export type MakerShare = { maker_handle: string; maker_name: string; amount: number }

/** What one variant contains, its bulk prices and how its price is shared among makers. */
export type VariantComposition = {
  variant_id: string
  sku: string | null
  title: string
  /** base price in whole won; null when the variant has no KRW price */
  price: number | null
  /** quantity-break unit prices, min_quantity ascending (base price excluded) */
  tiers: PriceTier[]
  /** empty for a plain variant */
  components: CompositionComponent[]
  /** only for sets of several makers; sums to price */
  maker_split: MakerShare[]
}

/**
 * "내친구김 전장김 1봉 × 5": the component's product, its option and how many a set holds
 * (options of two values, "레몬청 / 500g", read "레몬청 500g").
 */
export function componentLabel(component: CompositionComponent): string {
  const name = [component.product_title, component.variant_title.replace(/\s*\/\s*/g, " ")]
    .map((part) => part.trim())
    .filter((part) => part !== "" && part !== "기본" && part.toLowerCase() !== "default")
    .join(" ")
  return `${name || "구성품"} × ${component.quantity.toLocaleString("ko-KR")}`
}

export type BulkPriceRow = {
  /** "1개 이상", "30개 이상" */
  label: string
  min_quantity: number
  amount: number
  /** whole percent below the base price (0 for the base row) */
  discount_percent: number
}

/**
 * The rows of a "대량 구매 할인" table: the base price from one unit, then each tier. Tiers at
 * or below one unit and tiers that are not cheaper than the base price are left out.
 */
export function bulkPriceRows(basePrice: number | null, tiers: readonly PriceTier[]): BulkPriceRow[] {
  if (basePrice === null || basePrice <= 0) {
    return []
  }
  const cheaper = [...tiers]
    .filter((tier) => tier.min_quantity > 1 && tier.amount < basePrice)
    .sort((a, b) => a.min_quantity - b.min_quantity)
  if (cheaper.length === 0) {
    return []
  }
  const row = (min_quantity: number, amount: number): BulkPriceRow => ({
    label: `${min_quantity.toLocaleString("ko-KR")}개 이상`,
    min_quantity,
    amount,
    discount_percent: Math.floor(((basePrice - amount) / basePrice) * 100),
  })
  return [row(1, basePrice), ...cheaper.map((tier) => row(tier.min_quantity, tier.amount))]
}

/** Whether a variant has anything to show beyond its price: components or bulk prices. */
export function hasCompositionDetails(composition: VariantComposition): boolean {
  return (
    composition.components.length > 0 || bulkPriceRows(composition.price, composition.tiers).length > 0
  )
}
