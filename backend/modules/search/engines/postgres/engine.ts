import { highlight } from "../../../../lib/korean/highlight"
import { didYouMean } from "../../utils/did-you-mean"
import { PRICE_BAND_LABELS } from "../../utils/price-band"
import {
  FACETS, PRICE_BANDS, type FacetName, type FacetValue, type PriceBand, type SearchDocument, type SearchEngine, type SearchHit,
  type SearchParams, type SearchResult, type SuggestResult,
} from "../../types"
import { WordDictionary, type DictionaryEntry } from "./dictionary"
import { ResultCache } from "./result-cache"
import { planQuery, type QueryPlan } from "./query-plan"
import { renderSql } from "./render-sql"
import { filterParams, partySql, searchSql } from "./search-sql"
import type { Row, SqlClient } from "./sql-client"
import { deleteDocuments, lockIndex, retainDocuments, writeDocuments } from "./write-sql"

/** Below this many results the response also carries "did you mean" queries. */
const FEW_RESULTS = 3

type HitRow = {
  id: string; handle: string; title: string; subtitle: string | null; thumbnail: string | null; price: number | null
  maker_handle: string | null; maker_name: string | null; brand_handle: string | null; brand_name: string | null
}

const wordsOf = (plan: QueryPlan) => [...new Set(plan.expansions.map((e) => e.word))]

/** The built-in engine: PostgreSQL tables of this module (see ../../schema.ts), no extra server. */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres" as const
  private readonly dictionary = new WordDictionary()
  private readonly browseCache = new ResultCache<SearchResult>()
  /** JAHWAL_SEARCH_BROWSE_CACHE=0 turns the browse cache off (`npm run bench:load`'s "caches off" pass). */
  private readonly browseCacheOn = process.env.JAHWAL_SEARCH_BROWSE_CACHE !== "0"

  constructor(private readonly client: () => SqlClient) {}

  async search(params: SearchParams, opts: { facets?: boolean } = {}): Promise<SearchResult> {
    const client = this.client()
    const { entries: dictionary, version } = await this.dictionary.get(client)
    const cacheKey = params.q || !this.browseCacheOn ? null : `${version}|${opts.facets !== false}|${JSON.stringify(params)}`
    const cached = cacheKey ? this.browseCache.get(cacheKey) : undefined
    if (cached) return cached
    const result = await this.run(client, params, dictionary, opts.facets !== false)
    if (cacheKey) this.browseCache.set(cacheKey, result)
    return result
  }

  private async run(client: SqlClient, params: SearchParams, dictionary: DictionaryEntry[], withFacets: boolean): Promise<SearchResult> {
    const plan = params.q ? planQuery(params.q, dictionary) : null
    const run = (needed: number) => this.query(client, params, plan, needed, withFacets)

    let row = await run(plan?.tokens.length ?? 0)
    // Nothing has every word: show what has some of them rather than nothing.
    if (plan && Number(row.total) === 0 && plan.tokens.length > 1) row = await run(1)

    const hits = (row.hits as HitRow[]).map((h) => this.toHit(h, plan))
    const suggestions = plan && Number(row.total) < FEW_RESULTS ? didYouMean(plan.tokens, dictionary) : []
    return {
      hits,
      total: Number(row.total),
      page: params.page,
      limit: params.limit,
      facets: Object.fromEntries(FACETS.map((f) => [f, this.facet(f, row[`facet_${f}`])])) as Record<FacetName, FacetValue[]>,
      suggestions,
      engine: this.name,
    }
  }

  async suggest(q: string, salesChannelIds: string[]): Promise<SuggestResult> {
    const client = this.client()
    const { entries: dictionary } = await this.dictionary.get(client)
    const plan = planQuery(q, dictionary, 100)
    const empty = { page: 1, limit: 6, sort: "relevance" as const, sales_channel_ids: salesChannelIds, q }
    const filters = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as SearchParams["filters"]
    const [products, makers, brands] = await Promise.all([
      this.query(client, { ...empty, filters }, plan, plan.tokens.length, false),
      this.party(client, "maker", plan, salesChannelIds),
      this.party(client, "brand", plan, salesChannelIds),
    ])
    return {
      products: (products.hits as HitRow[]).map((h) => ({ handle: h.handle, title: h.title, thumbnail: h.thumbnail, price: h.price })),
      makers,
      brands,
    }
  }

  /** Names of category, maker and brand handles (labels for the Meilisearch engine's facets). */
  async facetLabels(): Promise<Map<string, string>> {
    const rows = await this.client().query(
      `select 'maker:' || maker_handle as k, max(maker_name) as l from search_document where maker_handle is not null group by maker_handle
       union all
       select 'brand:' || brand_handle, max(brand_name) from search_document where brand_handle is not null group by brand_handle
       union all
       select 'category:' || c.h, max(c.n) from search_document, unnest(category_handles, category_names) as c(h, n) group by c.h`
    )
    return new Map(rows.map((r) => [String(r.k), String(r.l)]))
  }

  /** "Did you mean" queries from the dictionary (used by both engines). */
  async didYouMean(q: string): Promise<string[]> {
    const { entries: dictionary } = await this.dictionary.get(this.client())
    return didYouMean(planQuery(q, dictionary, 1).tokens, dictionary)
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.client().transaction(async (trx) => {
      await lockIndex(trx)
      await writeDocuments(trx, documents)
    })
  }

  async remove(ids: string[]): Promise<void> {
    await this.client().transaction(async (trx) => {
      await lockIndex(trx)
      await deleteDocuments(trx, ids)
    })
  }

  async retainOnly(keepIds: string[]): Promise<void> {
    await this.client().transaction(async (trx) => {
      await lockIndex(trx)
      await retainDocuments(trx, keepIds)
    })
  }

  private async query(client: SqlClient, params: SearchParams, plan: QueryPlan | null, needed: number, facets: boolean): Promise<Row> {
    const hasQuery = plan !== null
    const { sql, bindings } = renderSql(searchSql({ hasQuery, filters: params.filters, sort: params.sort, facets }), {
      ...(plan ? { expansions: plan.expansions, words: wordsOf(plan), compactLike: plan.compactLike, needed } : {}),
      ...filterParams(params.filters),
      sales_channel_ids: params.sales_channel_ids,
      limit: params.limit,
      offset: (params.page - 1) * params.limit,
    })
    const [row] = await client.query(sql, bindings)
    return row
  }

  private async party(client: SqlClient, kind: "maker" | "brand", plan: QueryPlan, salesChannelIds: string[]) {
    if (!plan.expansions.length) return []
    const { sql, bindings } = renderSql(partySql(kind), {
      expansions: plan.expansions,
      words: wordsOf(plan),
      sales_channel_ids: salesChannelIds,
      limit: 3,
    })
    return (await client.query(sql, bindings)).map((r) => ({ handle: String(r.handle), name: String(r.name) }))
  }

  private toHit(h: HitRow, plan: QueryPlan | null): SearchHit {
    const tokens = plan?.tokens ?? []
    const makerHighlight = h.maker_name ? highlight(h.maker_name, tokens) : []
    return {
      id: h.id,
      handle: h.handle,
      title: h.title,
      subtitle: h.subtitle,
      thumbnail: h.thumbnail,
      price: h.price,
      maker: h.maker_handle && h.maker_name ? { handle: h.maker_handle, name: h.maker_name } : null,
      brand: h.brand_handle && h.brand_name ? { handle: h.brand_handle, name: h.brand_name } : null,
      highlight: {
        title: highlight(h.title, tokens),
        ...(makerHighlight.some((s) => s.match) ? { maker: makerHighlight } : {}),
      },
    }
  }

  private facet(name: FacetName, raw: unknown): FacetValue[] {
    const values = (raw ?? []) as FacetValue[]
    if (name !== "price_band") return values
    // Bands read best in price order, not by count.
    return values
      .map((v) => ({ ...v, label: PRICE_BAND_LABELS[v.value as PriceBand] ?? v.value }))
      .sort((a, b) => PRICE_BANDS.indexOf(a.value as PriceBand) - PRICE_BANDS.indexOf(b.value as PriceBand))
  }
}
