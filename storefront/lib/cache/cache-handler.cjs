// Next's own cache (memory LRU, `isrFlushToDisk: false`), told of every revalidated tag in all
// storefront workers (issue #14). With STOREFRONT_WORKERS > 1, server/cluster.mjs runs several
// `next start` processes on one port; each keeps its own copy of the cached pages and reads, and
// a revalidation from the backend reaches only the one worker that took that request. So this
// handler, after expiring the tags as Next does, sends them to the cluster primary, which hands
// them to every other worker, where the same expiry is applied to that worker's tag manifest
// (the one map Next consults for pages and fetch entries alike). A lone `next start` (tests with
// one worker, `next build`) has no primary and behaves exactly like Next's default.
//
// CommonJS on purpose: Next loads `cacheHandler` at run time with require, outside the bundle,
// so this file and Next's runtime share one `tags-manifest.external` module instance.
// It subclasses Next's FileSystemCache (next is pinned in package.json; a Next upgrade must
// keep tests/integration/storefront-revalidation.test.ts green: it reads every page from both workers).
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default

const { REVALIDATE_MESSAGE: MESSAGE, tagsRevalidated } = require("./revalidate-message.cjs")
// Only the workers that server/cluster.mjs forked talk to a primary: `next build` runs its own
// child processes with an IPC channel of their own, which must neither get our messages nor be
// kept alive by our listener.
const inCluster = process.env.JAHWAL_STOREFRONT_CLUSTER === "1" && typeof process.send === "function"

/**
 * Next's expiry, with server/response-cache.mjs emptied before (no answer rendered from here on
 * is kept) and after (nothing kept in between survives).
 */
async function expire(tags, durations) {
  tagsRevalidated(tags)
  try {
    await FileSystemCache.prototype.revalidateTag.call(FileSystemCache, tags, durations)
  } finally {
    tagsRevalidated(tags)
  }
}

class SharedTagsCacheHandler extends FileSystemCache {
  async revalidateTag(tags, durations) {
    await expire(tags, durations)
    if (inCluster && process.connected) process.send({ type: MESSAGE, tags, durations })
  }
}

if (inCluster && !globalThis.__jahwalRevalidateRelay) {
  globalThis.__jahwalRevalidateRelay = true
  process.on("message", (message) => {
    if (message && message.type === MESSAGE) void expire(message.tags, message.durations)
  })
}

module.exports = SharedTagsCacheHandler
