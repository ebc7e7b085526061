import { MedusaService } from "@medusajs/framework/utils"
import { MeilisearchEngine } from "./engines/meilisearch/engine"
import { meilisearchOptionsFromEnv } from "./engines/meilisearch/options"
import { PostgresSearchEngine } from "./engines/postgres/engine"
import { knexClient, type SqlClient } from "./engines/postgres/sql-client"
import { SearchDocument as SearchDocumentModel } from "./models/search-document"
import type { SearchDocument, SearchEngine, SearchParams, SearchResult, SuggestResult } from "./types"

type Knex = Parameters<typeof knexClient>[0]

/** How long a read of the index's write counter is used before it is read again. */
export const INDEX_VERSION_READ_MS = 1000

/**
 * Product search. The PostgreSQL tables are always kept (the built-in engine, and the source of
 * "did you mean" words); with MEILISEARCH_HOST set, documents also go to Meilisearch, which
 * then answers the queries.
 */
export default class SearchModuleService extends MedusaService({ SearchDocument: SearchDocumentModel }) {
  readonly postgres: PostgresSearchEngine
  readonly meilisearch: MeilisearchEngine | null

  constructor(container: Record<string, unknown>, ...rest: unknown[]) {
    super(container, ...rest)
    this.postgres = new PostgresSearchEngine(() => this.sql())
    const meili = meilisearchOptionsFromEnv()
    this.meilisearch = meili ? new MeilisearchEngine(meili, this.postgres) : null
  }

  private sql(): SqlClient {
    const { baseRepository_: repository } = this as unknown as { baseRepository_: { getFreshManager(): { getKnex(): Knex } } }
    return knexClient(repository.getFreshManager().getKnex())
  }

  private turn: Promise<unknown> = Promise.resolve()

  /**
   * Runs a read-then-write sync alone in this process: a sync that read a product before a
   * change cannot land after a later sync (or a reindex batch) that read it after. Across
   * processes the index's advisory lock keeps single writes apart.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.turn.then(work)
    this.turn = run.catch(() => undefined)
    return run
  }

  get engine(): SearchEngine {
    return this.meilisearch ?? this.postgres
  }

  async searchProducts(params: SearchParams): Promise<SearchResult> {
    return this.engine.search(params)
  }

  async suggestProducts(q: string, salesChannelIds: string[]): Promise<SuggestResult> {
    return this.engine.suggest(q, salesChannelIds)
  }

  /** The last read of the write counter, and when it was made (ms). */
  private readVersion: { at: number; value: Promise<string> } | null = null

  /**
   * The index's write counter (every write of any process moves it): the Store API response
   * cache keys search reads by it, so an index write that no catalog event follows (a reindex,
   * a direct removal) is seen. It is read from the database at most once per
   * INDEX_VERSION_READ_MS, so a cached search costs no query: this process's own writes forget
   * the last read and show at once, another process's (`npm run search:reindex`) within that time.
   */
  async indexVersion(now = Date.now()): Promise<string> {
    if (this.readVersion && now - this.readVersion.at < INDEX_VERSION_READ_MS) return this.readVersion.value
    const read = { at: now, value: this.sql().query(`select last_value::text as v from search_version_seq`).then(([row]) => String(row?.v ?? "0")) }
    this.readVersion = read
    read.value.catch(() => {
      if (this.readVersion === read) this.readVersion = null
    })
    return read.value
  }

  private async written<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write()
    } finally {
      this.readVersion = null
    }
  }

  async upsertDocuments(documents: SearchDocument[]): Promise<void> {
    await this.written(async () => {
      await this.postgres.upsert(documents)
      await this.meilisearch?.upsert(documents)
    })
  }

  async removeDocuments(ids: string[]): Promise<void> {
    await this.written(async () => {
      await this.postgres.remove(ids)
      await this.meilisearch?.remove(ids)
    })
  }

  async retainOnly(ids: string[]): Promise<void> {
    await this.written(async () => {
      await this.postgres.retainOnly(ids)
      await this.meilisearch?.retainOnly(ids)
    })
  }

  /** Documents as they are indexed now (for compensation of a failed sync). */
  async readDocuments(ids: string[]): Promise<SearchDocument[]> {
    if (!ids.length) return []
    const rows = await this.sql().query(
      `select * from search_document where id = any(array(select jsonb_array_elements_text(?::jsonb)))`,
      [JSON.stringify(ids)]
    )
    return rows.map((r) => ({
      id: String(r.id), handle: String(r.handle), title: String(r.title), subtitle: (r.subtitle as string) ?? null,
      description: String(r.description), thumbnail: (r.thumbnail as string) ?? null, status: String(r.status),
      sales_channel_ids: r.sales_channel_ids as string[], maker_handle: (r.maker_handle as string) ?? null,
      maker_name: (r.maker_name as string) ?? null, region: (r.region as string) ?? null,
      brand_handle: (r.brand_handle as string) ?? null, brand_name: (r.brand_name as string) ?? null,
      category_handles: r.category_handles as string[], category_names: r.category_names as string[],
      tags: r.tags as string[], certifications: r.certifications as string[],
      price: r.price === null ? null : Number(r.price), in_stock: Boolean(r.in_stock),
      product_created_at: new Date(r.product_created_at as string).toISOString(),
    }))
  }
}
