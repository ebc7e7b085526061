import "server-only"
import { connection } from "next/server"
import { getSdk } from "@/lib/sdk"

const DEFAULT_CACHE_SECONDS = 30

function cacheSeconds(): number {
  const raw = process.env.STOREFRONT_CACHE_SECONDS
  const seconds = raw === undefined || raw === "" ? DEFAULT_CACHE_SECONDS : Number(raw)
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0
}

/**
 * GETs a Store API route at request time. The response is kept in Next's data cache
 * for STOREFRONT_CACHE_SECONDS (0 turns caching off) under the given tag.
 */
export async function storeGet<T>(
  path: string,
  query: Record<string, unknown>,
  tag: string
): Promise<T> {
  await connection()
  const seconds = cacheSeconds()
  return getSdk().client.fetch<T>(path, {
    method: "GET",
    query,
    ...(seconds > 0
      ? { next: { revalidate: seconds, tags: [tag] } }
      : { cache: "no-store" as const }),
  })
}

function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "status" in error && error.status === 404
}

/** Like storeGet, but a 404 from the backend (unknown handle) is null instead of an error. */
export async function storeGetOrNull<T>(
  path: string,
  query: Record<string, unknown>,
  tag: string
): Promise<T | null> {
  try {
    return await storeGet<T>(path, query, tag)
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}
