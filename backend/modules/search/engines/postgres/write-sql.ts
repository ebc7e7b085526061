import { documentPostings, titleCompact } from "../../utils/document-words"
import { priceBandOf } from "../../utils/price-band"
import type { SearchDocument } from "../../types"
import { renderSql, textArray } from "./render-sql"
import type { SqlClient } from "./sql-client"

const COLUMNS = [
  "id", "handle", "title", "subtitle", "description", "thumbnail", "status", "sales_channel_ids", "maker_handle",
  "maker_name", "region", "brand_handle", "brand_name", "category_handles", "category_names", "tags", "certifications",
  "price", "price_band", "in_stock", "title_compact", "product_created_at",
] as const

const ARRAY_COLUMNS = new Set(["sales_channel_ids", "category_handles", "category_names", "tags", "certifications"])

/**
 * Writes documents with their postings and dictionary words, replacing what was there.
 * Runs inside the caller's transaction so a reader never sees a document without its words.
 */
export async function writeDocuments(client: SqlClient, docs: SearchDocument[]): Promise<void> {
  if (!docs.length) return
  const rows = docs.map((d) => ({ ...d, price_band: priceBandOf(d.price), title_compact: titleCompact(d) }))
  const ids = docs.map((d) => d.id)
  const columnsSql = COLUMNS.map((c) => `"${c}"`).join(", ")
  const selectSql = COLUMNS.map((c) =>
    ARRAY_COLUMNS.has(c) ? `array(select jsonb_array_elements_text(r->'${c}'))` : `(r->>'${c}')::${sqlType(c)}`
  ).join(", ")
  await deleteDocuments(client, ids)
  await bumpVersion(client)
  let { sql, bindings } = renderSql(
    `insert into search_document (${columnsSql}) select ${selectSql} from jsonb_array_elements({{rows}}::jsonb) r
     on conflict (id) do nothing`,
    { rows }
  )
  await client.query(sql, bindings)

  const postings = docs.flatMap((d) => documentPostings(d).map((p) => ({ word: p.word, document_id: d.id, field: p.field })))
  ;({ sql, bindings } = renderSql(
    `insert into search_posting (word, document_id, field)
     select word, document_id, field from jsonb_to_recordset({{postings}}::jsonb) as x(word text, document_id text, field smallint)
     on conflict do nothing`,
    { postings }
  ))
  await client.query(sql, bindings)

  // One dictionary row per word, remembering in which fields it occurs (bit 1 << field).
  const words = new Map<string, number>()
  for (const p of postings) words.set(p.word, (words.get(p.word) ?? 0) | (1 << p.field))
  ;({ sql, bindings } = renderSql(
    `insert into search_word (word, fields)
     select word, fields from jsonb_to_recordset({{words}}::jsonb) as x(word text, fields smallint)
     order by word
     on conflict (word) do update set fields = search_word.fields | excluded.fields, seq = nextval(pg_get_serial_sequence('search_word', 'seq'))
     where (search_word.fields | excluded.fields) <> search_word.fields`,
    { words: [...words].map(([word, fields]) => ({ word, fields })) }
  ))
  await client.query(sql, bindings)
}

function sqlType(column: (typeof COLUMNS)[number]): string {
  if (column === "price") return "integer"
  if (column === "in_stock") return "boolean"
  if (column === "product_created_at") return "timestamptz"
  return "text"
}

/**
 * All index writes of all processes take turns (transaction-scoped advisory lock), so two syncs
 * of one product never interleave their delete-and-insert.
 */
export async function lockIndex(client: SqlClient): Promise<void> {
  await client.query(`select pg_advisory_xact_lock(hashtext('jahwal_search_index'))`)
}

/** Tells cached results that the index changed. */
async function bumpVersion(client: SqlClient): Promise<void> {
  await client.query(`select nextval('search_version_seq')`)
}

export async function deleteDocuments(client: SqlClient, ids: string[]): Promise<void> {
  if (!ids.length) return
  await bumpVersion(client)
  const { sql, bindings } = renderSql(`delete from search_posting where document_id = any(${textArray("ids")})`, { ids })
  await client.query(sql, bindings)
  const del = renderSql(`delete from search_document where id = any(${textArray("ids")})`, { ids })
  await client.query(del.sql, del.bindings)
}

/** Drops documents not in `keepIds` and dictionary words no document uses any more. */
export async function retainDocuments(client: SqlClient, keepIds: string[]): Promise<void> {
  const { sql, bindings } = renderSql(`select id from search_document where not (id = any(${textArray("ids")}))`, { ids: keepIds })
  const stale = (await client.query(sql, bindings)).map((r) => String(r.id))
  await deleteDocuments(client, stale)
  await client.query(`delete from search_word w where not exists (select 1 from search_posting p where p.word = w.word)`)
}
