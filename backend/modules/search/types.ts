/** One product as the search sees it: denormalized from product, maker, brand, price, stock. */
export type SearchDocument = {
  id: string // the product id
  handle: string
  title: string
  subtitle: string | null
  description: string
  thumbnail: string | null
  status: string
  sales_channel_ids: string[]
  maker_handle: string | null
  maker_name: string | null
  /** the maker's 시·도, as GET /store/makers?region= uses it */
  region: string | null
  brand_handle: string | null
  brand_name: string | null
  category_handles: string[]
  category_names: string[]
  tags: string[]
  certifications: string[]
  /** lowest calculated KRW price incl. VAT, whole won */
  price: number | null
  in_stock: boolean
  product_created_at: string // ISO
}

export const PRICE_BANDS = ["under-10000", "10000-30000", "30000-50000", "50000-100000", "over-100000"] as const
export type PriceBand = (typeof PRICE_BANDS)[number]

export const SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export type SearchSort = (typeof SORTS)[number]

export const FACETS = ["category", "maker", "region", "brand", "price_band", "certification"] as const
export type FacetName = (typeof FACETS)[number]

export type SearchFilters = Record<FacetName, string[]>

export type SearchParams = {
  q: string
  filters: SearchFilters
  sort: SearchSort
  page: number
  limit: number
  /** the publishable key's sales channels: only their published products are found */
  sales_channel_ids: string[]
}

export type HighlightSegment = { text: string; match: boolean }

export type SearchHit = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: number | null
  maker: { handle: string; name: string } | null
  brand: { handle: string; name: string } | null
  highlight: { title: HighlightSegment[]; maker?: HighlightSegment[] }
}

export type FacetValue = { value: string; label: string; count: number }

export type SearchEngineName = "postgres" | "meilisearch"

export type SearchResult = {
  hits: SearchHit[]
  total: number
  page: number
  limit: number
  facets: Record<FacetName, FacetValue[]>
  suggestions: string[]
  engine: SearchEngineName
}

export type SuggestResult = {
  products: { handle: string; title: string; thumbnail: string | null; price: number | null }[]
  makers: { handle: string; name: string }[]
  brands: { handle: string; name: string }[]
}

/** What both engines implement; the service picks one (MEILISEARCH_HOST → Meilisearch). */
export interface SearchEngine {
  readonly name: SearchEngineName
  search(params: SearchParams): Promise<SearchResult>
  suggest(q: string, salesChannelIds: string[]): Promise<SuggestResult>
  upsert(documents: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  /** After a full reindex: drop every document whose id is not in `keepIds`. */
  retainOnly(keepIds: string[]): Promise<void>
}
