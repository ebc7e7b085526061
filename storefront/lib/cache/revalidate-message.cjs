// The IPC message a storefront worker sends its cluster primary for each revalidation
// (lib/cache/cache-handler.cjs → server/cluster.mjs → the other workers).
module.exports = { REVALIDATE_MESSAGE: "jahwal:revalidate-tag" }
