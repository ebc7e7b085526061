import type { NextConfig } from "next"
import { cacheSeconds } from "./lib/data/cache-seconds"
import { CACHED_PAGES, cachedPathname, SEARCH_WORDS_REWRITE } from "./lib/routing/cached-query"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Parallel work (several test runs building at once) can each use their own build folder.
  // A build with caching off (STOREFRONT_CACHE_SECONDS=0) has no cached catalog (rewrites below),
  // so it lives in a folder of its own and `next start` with the same setting finds it: one
  // setting can never run the other's build, nor rebuild it under a server that is using it.
  // The same rule picks the folder in scripts/lib/builds.mjs.
  distDir: process.env.JAHWAL_NEXT_DIST_DIR || (cacheSeconds() === 0 ? ".next-uncached" : ".next"),
  // `npm start` builds with JAHWAL_BUILD_SKIP_TYPECHECK=1: `npm run typecheck` (and CI) check the
  // storefront's types, and the first start should not wait for a second check of the same files.
  // A plain `next build` / `npm run build` still checks them.
  typescript: { ignoreBuildErrors: process.env.JAHWAL_BUILD_SKIP_TYPECHECK === "1" },
  // Next's cache with revalidations shared between the storefront's workers (server/cluster.mjs).
  cacheHandler: require.resolve("./lib/cache/cache-handler.cjs"),
  // An ETag costs a hash of the whole page on every answer (measured: ~10 % of a cached hit on
  // the home page, docs/performance.md); cached pages carry s-maxage for a CDN instead.
  generateEtags: false,
  experimental: {
    // Cached pages and reads live in memory only (Next's LRU, cacheMaxMemorySize 50 MB): an entry
    // per search query must not grow the disk without bound, and a restart starts clean, so a
    // revalidation lost while it was down cannot outlive it (docs/storefront.md "캐시와 갱신").
    isrFlushToDisk: false,
  },
  // A catalog address without a query goes straight to its cached twin (app/(catalog)/v/_/…):
  // a rewrite here costs next to nothing, where running proxy.ts for it halved the pages' rate
  // (docs/performance.md). So does `/search?q=…` alone (SEARCH_WORDS_REWRITE). Decided when building: a storefront built with
  // STOREFRONT_CACHE_SECONDS=0 renders the catalog per request (the tests' second build).
  async rewrites() {
    if (cacheSeconds() === 0) return []
    const noQuery = CACHED_PAGES.map((source) => ({ source, destination: cachedPathname(source.replace(":handle", "__handle__"), new URLSearchParams())!.replace("__handle__", ":handle") }))
    return { beforeFiles: [SEARCH_WORDS_REWRITE, ...noQuery], afterFiles: [], fallback: [] }
  },
  turbopack: {
    root: __dirname,
  },
}

export default nextConfig
