import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/**
 * What our routes can write: makers, centers, joint brands and their links, attribution, carts,
 * orders, products, inventory, prices, customers’ addresses, 특판전 (the search index follows the makers
 * and products by subscriber, so it is left out).
 */
export const WRITABLE_TABLES =
  /^(maker|center|joint_brand|line_attribution|cart|order|product|inventory|reservation|price|customer|payment|promotion|sale_campaign|campaign_sale)/

/**
 * A cheap fingerprint of the tables: row count, latest updated_at and latest
 * deleted_at per table, in one query. An insert, a hard or soft delete or an update (which moves
 * updated_at) all change it, so "nothing was written" is `before === after`.
 */
export async function tableFingerprint(container: MedusaContainer, tables = WRITABLE_TABLES) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const { rows } = await knex.raw(
    `select table_name as name,
            bool_or(column_name = 'updated_at') as has_updated,
            bool_or(column_name = 'deleted_at') as has_deleted
       from information_schema.columns
      where table_schema = current_schema()
      group by table_name
      order by table_name`
  )
  const sql = (rows as { name: string; has_updated: boolean; has_deleted: boolean }[])
    .filter((t) => tables.test(t.name))
    .map(
      (t) =>
        `select '${t.name}' as t, count(*)::text || '|' || ${t.has_updated ? "coalesce(max(updated_at)::text, '')" : "''"} || '|' || ${
          t.has_deleted ? "coalesce(max(deleted_at)::text, '')" : "''"
        } as v from "${t.name}"`
    )
    .join(" union all ")
  return async (): Promise<Record<string, string>> => {
    const { rows: values } = await knex.raw(sql)
    return Object.fromEntries((values as { t: string; v: string }[]).map((r) => [r.t, r.v]))
  }
}

/** The tables whose fingerprint differs, e.g. ["maker: 12|…|  →  13|…|"]. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} → ${after[t]}`)
}
