import { firstParam, type SearchParams } from "./search-params"

/** Price bands of the /gift-sets page (whole won, VAT included); `max` undefined = no upper end. */
export const PRICE_BANDS = [
  { key: "0-9999", label: "1만원 미만", min: 0, max: 9999 },
  { key: "10000-19999", label: "1만원대", min: 10000, max: 19999 },
  { key: "20000-29999", label: "2만원대", min: 20000, max: 29999 },
  { key: "30000+", label: "3만원 이상", min: 30000, max: undefined },
] as const

export type PriceBand = (typeof PRICE_BANDS)[number]
export type PriceBandKey = PriceBand["key"]

/** Occasions a gift set is tagged with (product tags). */
export const OCCASIONS = ["명절", "감사", "연말", "가정의달"] as const
export type Occasion = (typeof OCCASIONS)[number]

/** The tag of a set assembled from products of several makers. */
export const UNION_SET_TAG = "연합세트"

export const GIFT_SET_SORTS = [
  { key: "recommended", label: "추천순" },
  { key: "price_asc", label: "낮은 가격순" },
  { key: "price_desc", label: "높은 가격순" },
] as const
export type GiftSetSort = (typeof GIFT_SET_SORTS)[number]["key"]

export type GiftSetFilters = {
  price?: PriceBandKey
  occasion?: Occasion
  /** only sets of several makers (tag 연합세트) */
  union?: boolean
  sort: GiftSetSort
}

/** What the filters look at in a gift set. */
export type GiftSetFacts = {
  /** lowest variant price in the store region; null when not priced */
  price: number | null
  tags: readonly string[]
  title: string
  featured: boolean
  soldOut: boolean
}

const TRUE_VALUES = new Set(["1", "true", "on", "yes"])

/**
 * Reads the /gift-sets filters from the URL. Unknown values are dropped, so a mistyped link
 * still shows a list. "30000+" also arrives as "30000 " (a bare + in a query is a space).
 */
export function parseGiftSetFilters(query: SearchParams): GiftSetFilters {
  const price = firstParam(query.price)
  const band = PRICE_BANDS.find((b) => b.key === price || b.key === `${price}+`)
  const occasion = firstParam(query.occasion)
  const sort = firstParam(query.sort)
  return {
    ...(band ? { price: band.key } : {}),
    ...(OCCASIONS.some((o) => o === occasion) ? { occasion: occasion as Occasion } : {}),
    ...(TRUE_VALUES.has(firstParam(query.union)?.toLowerCase() ?? "") ? { union: true } : {}),
    sort: GIFT_SET_SORTS.find((s) => s.key === sort)?.key ?? "recommended",
  }
}

export function priceBandOf(key: PriceBandKey): PriceBand {
  return PRICE_BANDS.find((band) => band.key === key)!
}

export function isInPriceBand(price: number | null, band: PriceBand): boolean {
  return price !== null && price >= band.min && (band.max === undefined || price <= band.max)
}

/** Whether any filter (not the sort order) narrows the list. */
export function hasGiftSetFilters(filters: GiftSetFilters): boolean {
  return Boolean(filters.price || filters.occasion || filters.union)
}

/** The sets that pass every chosen filter, in their original order. */
export function filterGiftSets<T extends GiftSetFacts>(sets: readonly T[], filters: GiftSetFilters): T[] {
  const band = filters.price ? priceBandOf(filters.price) : undefined
  return sets.filter(
    (set) =>
      (!band || isInPriceBand(set.price, band)) &&
      (!filters.occasion || set.tags.includes(filters.occasion)) &&
      (!filters.union || set.tags.includes(UNION_SET_TAG))
  )
}

const byTitle = (a: GiftSetFacts, b: GiftSetFacts) => a.title.localeCompare(b.title, "ko")

/** Unpriced sets go last whatever the direction. */
function byPrice(direction: 1 | -1) {
  return (a: GiftSetFacts, b: GiftSetFacts) => {
    if (a.price === null || b.price === null) {
      return a.price === b.price ? 0 : a.price === null ? 1 : -1
    }
    return (a.price - b.price) * direction
  }
}

/**
 * A sorted copy. 추천순: sets that can be bought before sold-out ones, featured sets first,
 * then by title. Price orders break ties by title, so the order never depends on the input.
 */
export function sortGiftSets<T extends GiftSetFacts>(sets: readonly T[], sort: GiftSetSort): T[] {
  const compare =
    sort === "recommended"
      ? (a: T, b: T) =>
          Number(a.soldOut) - Number(b.soldOut) || Number(b.featured) - Number(a.featured) || byTitle(a, b)
      : (a: T, b: T) => byPrice(sort === "price_asc" ? 1 : -1)(a, b) || byTitle(a, b)
  return [...sets].sort(compare)
}

/** The price bands to offer: 1만원대 and up always, 1만원 미만 only when a set costs that little (or it is chosen). */
export function offeredPriceBands(prices: readonly (number | null)[], chosen?: PriceBandKey): PriceBand[] {
  return PRICE_BANDS.filter(
    (band) =>
      band.min >= 10000 || band.key === chosen || prices.some((price) => isInPriceBand(price, band))
  )
}

/** The chosen filters in words, e.g. ["2만원대", "명절", "연합세트"], for the result line. */
export function describeGiftSetFilters(filters: GiftSetFilters): string[] {
  return [
    filters.price ? priceBandOf(filters.price).label : undefined,
    filters.occasion,
    filters.union ? UNION_SET_TAG : undefined,
  ].filter((part): part is string => part !== undefined)
}
