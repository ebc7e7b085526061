/**
 * A variant's regular prices: KRW rows of its price set that belong to no price list. A live
 * 특판전 is a Medusa price list whose prices sit in the same price set, so code that means "the
 * 정가" (gift-set weights, what sellers edit) must leave them out, or a campaign's sale price would
 * be read as the regular price while it runs.
 */
export type PriceRow = {
  amount: number | string
  currency_code: string
  min_quantity?: number | null
  price_list_id?: string | null
}

/** Query fields for `prices` (prefix them, e.g. `variants.prices.`). */
export const PRICE_ROW_FIELDS = ["amount", "currency_code", "min_quantity", "price_list_id"] as const

export function regularKrwPrices<T extends PriceRow>(prices: T[] | null | undefined): T[] {
  return (prices ?? []).filter((p) => p.currency_code === "krw" && !p.price_list_id)
}

/** The single-unit regular price (no quantity tier), or undefined when there is none. */
export function baseKrwPrice<T extends PriceRow>(prices: T[] | null | undefined): T["amount"] | undefined {
  return regularKrwPrices(prices).find((p) => p.min_quantity === null || p.min_quantity === undefined)?.amount
}
