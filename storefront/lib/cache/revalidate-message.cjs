// How a revalidated tag travels inside the storefront (issue #14):
// - REVALIDATE_MESSAGE: the IPC message a worker sends its cluster primary for each revalidation
//   (lib/cache/cache-handler.cjs → server/cluster.mjs → the other workers);
// - onTagsRevalidated / tagsRevalidated: within one worker, from the cache handler (tags expired
//   here or relayed from another worker) to server/response-cache.mjs, which empties itself.
// The listeners live on globalThis: Next requires the cache handler itself, and this module must
// be the same registry whichever copy of it a caller loaded.
const LISTENERS = Symbol.for("jahwal.storefront.tagsRevalidated")
const listeners = (globalThis[LISTENERS] ??= new Set())

/** Calls `listener` after every tag expiry in this process; returns the unsubscribe. */
function onTagsRevalidated(listener) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function tagsRevalidated(tags) {
  for (const listener of listeners) listener(tags)
}

module.exports = { REVALIDATE_MESSAGE: "jahwal:revalidate-tag", onTagsRevalidated, tagsRevalidated }
