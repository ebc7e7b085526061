import type { PriceBand } from "../types"

export const PRICE_BAND_LABELS: Record<PriceBand, string> = {
  "under-10000": "1만원 미만",
  "10000-30000": "1만~3만원",
  "30000-50000": "3만~5만원",
  "50000-100000": "5만~10만원",
  "over-100000": "10만원 이상",
}

/** The band a whole-won price falls in (lower bound included, upper excluded). */
export function priceBandOf(price: number | null): PriceBand | null {
  if (price === null) return null
  if (price < 10000) return "under-10000"
  if (price < 30000) return "10000-30000"
  if (price < 50000) return "30000-50000"
  if (price < 100000) return "50000-100000"
  return "over-100000"
}
