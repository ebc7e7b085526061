/** Medusa prices of a variant: the base price in won plus quantity-break tiers (min_quantity). */
export type SellerTier = { min_quantity: number; price: number }

export function variantPrices(price: number, tiers: SellerTier[] = []) {
  return [
    { currency_code: "krw", amount: price },
    ...tiers.map((t) => ({ currency_code: "krw", amount: t.price, min_quantity: t.min_quantity })),
  ]
}
