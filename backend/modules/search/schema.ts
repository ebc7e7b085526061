/**
 * Tables of the built-in engine. Shared by the migration and by the benchmark (which fills a
 * throw-away database directly), so both always agree.
 *
 * - search_document: one denormalized row per product (what the hits, filters and facets read;
 *   no index on sales channels: a shop has one or two, and a GIN index there only misleads the
 *   planner into scanning every document instead of looking the matched ones up by id);
 * - search_posting: the inverted index, (word, document, field) — a query word is expanded to the
 *   dictionary words it matches (Korean rules in backend/lib/korean), then joined here;
 * - search_word: the dictionary of all indexed words; `seq` grows with every new word, so a
 *   cached copy knows when it is stale.
 */
export const SEARCH_TABLES_SQL = [
  `create table if not exists "search_document" (
    "id" text not null primary key,
    "handle" text not null,
    "title" text not null,
    "subtitle" text null,
    "description" text not null default '',
    "thumbnail" text null,
    "status" text not null,
    "sales_channel_ids" text[] not null default '{}',
    "maker_handle" text null,
    "maker_name" text null,
    "region" text null,
    "brand_handle" text null,
    "brand_name" text null,
    "category_handles" text[] not null default '{}',
    "category_names" text[] not null default '{}',
    "tags" text[] not null default '{}',
    "certifications" text[] not null default '{}',
    "price" integer null,
    "price_band" text null,
    "in_stock" boolean not null default true,
    "title_compact" text not null default '',
    "product_created_at" timestamptz not null default now(),
    "created_at" timestamptz not null default now(),
    "updated_at" timestamptz not null default now(),
    "deleted_at" timestamptz null
  );`,
  `create index if not exists "IDX_search_document_price" on "search_document" ("price");`,
  `create index if not exists "IDX_search_document_created" on "search_document" ("product_created_at");`,
  `create table if not exists "search_posting" (
    "word" text not null,
    "document_id" text not null,
    "field" smallint not null,
    primary key ("word", "document_id", "field")
  );`,
  `create index if not exists "IDX_search_posting_document" on "search_posting" ("document_id");`,
  `create table if not exists "search_word" (
    "word" text not null primary key,
    "fields" smallint not null default 0,
    "seq" bigserial not null
  );`,
  `create index if not exists "IDX_search_word_seq" on "search_word" ("seq");`,
]

/**
 * Trigram index for substring matches on the run-together title. Optional: a managed
 * PostgreSQL without pg_trgm (or without the right to create it) still works, just without it.
 */
export const SEARCH_TRIGRAM_SQL = `do $$
begin
  create extension if not exists pg_trgm;
  create index if not exists "IDX_search_document_title_trgm" on "search_document" using gin ("title_compact" gin_trgm_ops);
exception when others then
  raise notice 'pg_trgm unavailable, search runs without the trigram index: %', sqlerrm;
end $$;`

/**
 * A counter bumped by every write, so cached results (see engines/postgres/result-cache.ts) know
 * when the index changed; and the GIN index on sales channels of the first version, dropped.
 */
export const SEARCH_VERSION_SQL = [
  `create sequence if not exists "search_version_seq";`,
  `drop index if exists "IDX_search_document_sales_channels";`,
]

export const SEARCH_DROP_SQL = [`drop sequence if exists "search_version_seq";`, `drop table if exists "search_posting";`, `drop table if exists "search_word";`, `drop table if exists "search_document";`]
