import type { FacetName, SearchFilters } from "../../types"

/** Which document attribute each facet filters on. */
export const FILTER_ATTRIBUTE: Record<FacetName, string> = {
  category: "category_handles",
  maker: "maker_handle",
  region: "region",
  brand: "brand_handle",
  price_band: "price_band",
  certification: "certifications",
}

/** A Meilisearch string literal: double quotes, with backslashes and quotes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/**
 * Meilisearch filter in array form: the outer array is AND, an inner array is OR. Published
 * products of the sales channels, then each facet's values (OR within a facet, AND across).
 * `except` leaves one facet out, for counting that facet's values.
 */
export function buildFilter(filters: SearchFilters, salesChannelIds: string[], except?: FacetName): (string | string[])[] {
  const out: (string | string[])[] = [`status = ${quote("published")}`]
  out.push(salesChannelIds.length ? salesChannelIds.map((id) => `sales_channel_ids = ${quote(id)}`) : [`sales_channel_ids = ${quote("none")}`])
  for (const facet of Object.keys(FILTER_ATTRIBUTE) as FacetName[]) {
    if (facet === except || !filters[facet].length) continue
    out.push(filters[facet].map((value) => `${FILTER_ATTRIBUTE[facet]} = ${quote(value)}`))
  }
  return out
}
