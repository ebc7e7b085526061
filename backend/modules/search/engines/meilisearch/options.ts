export type MeilisearchOptions = { host: string; apiKey?: string; indexUid: string }

/** Meilisearch is used when MEILISEARCH_HOST is set (MEILISEARCH_API_KEY optional). */
export function meilisearchOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): MeilisearchOptions | null {
  const host = env.MEILISEARCH_HOST?.trim()
  if (!host) return null
  return { host, apiKey: env.MEILISEARCH_API_KEY?.trim() || undefined, indexUid: env.MEILISEARCH_INDEX?.trim() || "jahwal_products" }
}
