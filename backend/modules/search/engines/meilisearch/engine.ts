import { highlight } from "../../../../lib/korean/highlight"
import { analyzeQuery } from "../../../../lib/korean/query-match"
import { PRICE_BAND_LABELS } from "../../utils/price-band"
import {
  FACETS, type FacetName, type FacetValue, type PriceBand, type SearchDocument, type SearchEngine, type SearchHit,
  type SearchParams, type SearchResult, type SuggestResult,
} from "../../types"
import type { PostgresSearchEngine } from "../postgres/engine"
import { buildFilter, FILTER_ATTRIBUTE, quote } from "./filters"
import { toMeilisearchDocument, type MeilisearchDocument } from "./mapping"
import type { MeilisearchOptions } from "./options"
import { queryReadings, sortOf } from "./request"
import { MEILISEARCH_SETTINGS } from "./settings"

type Task = { waitTask(options?: { timeout?: number }): Promise<{ status: string; error?: { message: string } | null }> }
type FederatedResponse = {
  hits: MeilisearchDocument[]
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
}
/** The part of the `meilisearch` client this engine uses. */
type MeiliClient = {
  index(uid: string): {
    updateSettings(settings: unknown): Task
    addDocuments(docs: unknown[], options: { primaryKey: string }): Task
    deleteDocuments(params: string[] | { filter: string }): Task
  }
  createIndex(uid: string, options: { primaryKey: string }): Task
  multiSearch(params: unknown): Promise<FederatedResponse>
}

/** Facet values are counted on the filter attributes; labels come from the hits' names. */
const FACET_ATTRIBUTE = FILTER_ATTRIBUTE

/** Meilisearch engine (MEILISEARCH_HOST). Makers, brands and "did you mean" come from the built-in tables. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const
  private client: MeiliClient | null = null
  private ready: Promise<void> | null = null

  constructor(private readonly options: MeilisearchOptions, private readonly postgres: PostgresSearchEngine) {}

  private connect(): MeiliClient {
    if (!this.client) {
      // ESM-only package, loaded when first needed (Node 20.19+ can require it).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Meilisearch } = require("meilisearch") as { Meilisearch: new (c: { host: string; apiKey?: string }) => MeiliClient }
      this.client = new Meilisearch({ host: this.options.host, apiKey: this.options.apiKey })
    }
    return this.client
  }

  /** Creates the index if needed and applies the settings, once per process. */
  ensureIndex(): Promise<void> {
    this.ready ??= (async () => {
      const client = this.connect()
      await client.createIndex(this.options.indexUid, { primaryKey: "id" }).waitTask()
      const task = await client.index(this.options.indexUid).updateSettings(MEILISEARCH_SETTINGS).waitTask()
      if (task.status !== "succeeded") throw new Error(`Meilisearch settings failed: ${task.error?.message}`)
    })().catch((error) => {
      this.ready = null
      throw error
    })
    return this.ready
  }

  private async federated(params: SearchParams, opts: { limit: number; offset: number; facets: string[]; except?: FacetName }) {
    await this.ensureIndex()
    const filter = buildFilter(params.filters, params.sales_channel_ids, opts.except)
    return this.connect().multiSearch({
      federation: {
        limit: opts.limit,
        offset: opts.offset,
        ...(opts.facets.length ? { facetsByIndex: { [this.options.indexUid]: opts.facets }, mergeFacets: {} } : {}),
      },
      queries: queryReadings(params.q).map((r) => ({
        indexUid: this.options.indexUid,
        q: r.q,
        attributesToSearchOn: r.attributesToSearchOn,
        filter,
        sort: sortOf(params.sort),
        federationOptions: { weight: r.weight },
      })),
    })
  }

  async search(params: SearchParams): Promise<SearchResult> {
    const active = FACETS.filter((f) => params.filters[f].length)
    const free = FACETS.filter((f) => !params.filters[f].length)
    const [labels, main, ...perFacet] = await Promise.all([
      this.postgres.facetLabels(),
      this.federated(params, { limit: params.limit, offset: (params.page - 1) * params.limit, facets: free.map((f) => FACET_ATTRIBUTE[f]) }),
      // A facet with chosen values is counted without its own filter (OR within a facet).
      ...active.map((f) => this.federated(params, { limit: 0, offset: 0, facets: [FACET_ATTRIBUTE[f]], except: f })),
    ])
    const distribution = { ...main.facetDistribution }
    active.forEach((f, i) => Object.assign(distribution, perFacet[i].facetDistribution))
    const total = main.totalHits ?? main.estimatedTotalHits ?? main.hits.length
    const tokens = params.q ? analyzeQuery(params.q) : []
    return {
      hits: main.hits.map((h) => toHit(h, tokens)),
      total,
      page: params.page,
      limit: params.limit,
      facets: Object.fromEntries(FACETS.map((f) => [f, facetValues(f, distribution[FACET_ATTRIBUTE[f]] ?? {}, main.hits, labels)])) as Record<FacetName, FacetValue[]>,
      suggestions: params.q && total < 3 ? await this.postgres.didYouMean(params.q) : [],
      engine: this.name,
    }
  }

  async suggest(q: string, salesChannelIds: string[]): Promise<SuggestResult> {
    const filters = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as SearchParams["filters"]
    const params: SearchParams = { q, filters, sort: "relevance", page: 1, limit: 6, sales_channel_ids: salesChannelIds }
    const [products, names] = await Promise.all([
      this.federated(params, { limit: 6, offset: 0, facets: [] }),
      this.postgres.suggest(q, salesChannelIds),
    ])
    return {
      products: products.hits.map((h) => ({ handle: h.handle, title: h.title, thumbnail: h.thumbnail, price: h.price })),
      makers: names.makers,
      brands: names.brands,
    }
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return
    await this.ensureIndex()
    await this.wait(this.connect().index(this.options.indexUid).addDocuments(documents.map(toMeilisearchDocument), { primaryKey: "id" }))
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.ensureIndex()
    await this.wait(this.connect().index(this.options.indexUid).deleteDocuments(ids))
  }

  async retainOnly(keepIds: string[]): Promise<void> {
    await this.ensureIndex()
    const filter = keepIds.length ? `NOT id IN [${keepIds.map(quote).join(", ")}]` : "id EXISTS"
    await this.wait(this.connect().index(this.options.indexUid).deleteDocuments({ filter }))
  }

  private async wait(task: Task) {
    const done = await task.waitTask({ timeout: 60_000 })
    if (done.status !== "succeeded") throw new Error(`Meilisearch task failed: ${done.error?.message}`)
  }
}

function toHit(h: MeilisearchDocument, tokens: ReturnType<typeof analyzeQuery>): SearchHit {
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
    highlight: { title: highlight(h.title, tokens), ...(makerHighlight.some((s) => s.match) ? { maker: makerHighlight } : {}) },
  }
}

/**
 * Facet counts from Meilisearch's distribution, labelled: price bands by their Korean names,
 * categories/makers/brands by `known` names (from the built-in tables) or names in the hits.
 */
export function facetValues(
  facet: FacetName,
  counts: Record<string, number>,
  hits: MeilisearchDocument[],
  known: Map<string, string> = new Map()
): FacetValue[] {
  const labels = new Map(known)
  for (const h of hits) {
    h.category_handles.forEach((c, i) => labels.set(`category:${c}`, h.category_names[i] ?? c))
    if (h.maker_handle && h.maker_name) labels.set(`maker:${h.maker_handle}`, h.maker_name)
    if (h.brand_handle && h.brand_name) labels.set(`brand:${h.brand_handle}`, h.brand_name)
  }
  return Object.entries(counts)
    .map(([value, count]) => ({
      value,
      count,
      label: facet === "price_band" ? PRICE_BAND_LABELS[value as PriceBand] ?? value : labels.get(`${facet}:${value}`) ?? value,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "ko"))
}
