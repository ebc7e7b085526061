import { MAX_TAGS_PER_REQUEST, REVALIDATE_SECRET_HEADER } from "./cache-tags"

/** Long enough for a busy storefront, short enough that a hung one never holds a worker. */
const TIMEOUT_MS = 3000

type Logger = { warn: (message: string) => void }

/**
 * The same tags once more, this long after: a page whose render began before the change (a
 * visitor's, or Next's own background refresh) and is stored after the first revalidation would
 * otherwise keep the old content until its TTL. One extra render per affected page, no more.
 */
const SETTLE_MS = 2000

export type RevalidateOutcome = { sent: string[] } | { skipped: "not-configured" } | { failed: string }

/**
 * Tells the storefront (`${STOREFRONT_URL}/api/revalidate`, secret JAHWAL_REVALIDATE_SECRET)
 * which cached Store API reads are stale. Never throws: a storefront that is down or slow only
 * costs a warning — the write that caused it has already been saved, and the storefront's TTL
 * (STOREFRONT_CACHE_SECONDS) still bounds how long it can show the old answer.
 * Read at call time, so a test (or an operator) can point it at a storefront started later.
 */
export async function revalidateStorefront(tags: string[], logger: Logger): Promise<RevalidateOutcome> {
  const base = process.env.STOREFRONT_URL?.trim()
  const secret = process.env.JAHWAL_REVALIDATE_SECRET?.trim()
  const unique = [...new Set(tags.filter(Boolean))]
  if (!base || !secret) return { skipped: "not-configured" }
  if (!unique.length) return { sent: [] }
  const url = `${base.replace(/\/+$/, "")}/api/revalidate`
  const outcome = await send(url, secret, unique, logger)
  if ("sent" in outcome) {
    // unref: a pending second call never keeps a finished process (a CLI command, a test) alive
    setTimeout(() => void send(url, secret, unique, logger), SETTLE_MS).unref()
  }
  return outcome
}

async function send(url: string, secret: string, unique: string[], logger: Logger): Promise<RevalidateOutcome> {
  try {
    for (let i = 0; i < unique.length; i += MAX_TAGS_PER_REQUEST) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", [REVALIDATE_SECRET_HEADER]: secret },
        body: JSON.stringify({ tags: unique.slice(i, i + MAX_TAGS_PER_REQUEST) }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
    }
    return { sent: unique }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    logger.warn(`스토어프론트 캐시를 갱신하지 못했습니다 (${url}, 태그 ${unique.length}개): ${reason}. 캐시 유효 시간이 지나면 새 내용이 보입니다.`)
    return { failed: reason }
  }
}
