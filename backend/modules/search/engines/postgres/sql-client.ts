/**
 * The little SQL the built-in engine needs: `?` placeholders (knex style), arrays passed as
 * JSON. Adapters exist for the module's knex connection and for a plain `pg` pool (benchmark).
 */
export type Row = Record<string, unknown>

export interface SqlClient {
  query(sql: string, bindings?: unknown[]): Promise<Row[]>
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>
}

type KnexLike = {
  raw(sql: string, bindings: unknown[]): Promise<{ rows: Row[] }>
  transaction<T>(work: (trx: KnexLike) => Promise<T>): Promise<T>
}

export function knexClient(knex: KnexLike): SqlClient {
  return {
    query: async (sql, bindings = []) => (await knex.raw(sql, bindings)).rows,
    transaction: (work) => knex.transaction((trx) => work(knexClient(trx))),
  }
}

/** `?` → `$n`, outside of quoted strings (our SQL has no `?` operators). */
export function toNumberedPlaceholders(sql: string): string {
  let n = 0
  let quoted = false
  let out = ""
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted
    out += ch === "?" && !quoted ? `$${++n}` : ch
  }
  return out
}

type PgQueryable = { query(sql: string, values?: unknown[]): Promise<{ rows: Row[] }> }
type PgPoolLike = PgQueryable & { connect(): Promise<PgQueryable & { release(): void }> }

export function pgClient(pool: PgPoolLike | PgQueryable, inTransaction = false): SqlClient {
  return {
    query: async (sql, bindings = []) => (await pool.query(toNumberedPlaceholders(sql), bindings)).rows,
    transaction: async (work) => {
      if (inTransaction || !("connect" in pool)) return work(pgClient(pool, true))
      const conn = await pool.connect()
      try {
        await conn.query("begin")
        const result = await work(pgClient(conn, true))
        await conn.query("commit")
        return result
      } catch (error) {
        await conn.query("rollback")
        throw error
      } finally {
        conn.release()
      }
    },
  }
}
