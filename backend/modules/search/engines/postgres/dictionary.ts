import { wordEntry, type WordEntry } from "../../../../lib/korean/query-match"
import type { SqlClient } from "./sql-client"

export type DictionaryEntry = WordEntry & { fields: number }

/** The dictionary and the index version (bumped by every write) as of this query. */
export type IndexSnapshot = { entries: DictionaryEntry[]; version: string }

/**
 * The word dictionary, cached in memory and reloaded only when `search_word.seq` moved (a new
 * word was indexed). One cheap index lookup per query keeps several backend processes honest.
 */
export class WordDictionary {
  private version = -1
  private entries: DictionaryEntry[] = []
  private loading: Promise<DictionaryEntry[]> | null = null

  async get(client: SqlClient): Promise<IndexSnapshot> {
    const [row] = await client.query(
      `select (select last_value from search_version_seq)::text as docs, coalesce(max(seq), 0)::bigint as v, count(*)::int as n from search_word`
    )
    const version = Number(row.v) * 1_000_003 + Number(row.n)
    const snapshot = (entries: DictionaryEntry[]) => ({ entries, version: `${row.docs}:${version}` })
    if (version === this.version) return snapshot(this.entries)
    this.loading ??= this.load(client, version).finally(() => (this.loading = null))
    return snapshot(await this.loading)
  }

  private async load(client: SqlClient, version: number): Promise<DictionaryEntry[]> {
    const rows = await client.query(`select word, fields from search_word`)
    this.entries = rows.map((r) => ({ ...wordEntry(String(r.word)), fields: Number(r.fields) }))
    this.version = version
    return this.entries
  }
}
