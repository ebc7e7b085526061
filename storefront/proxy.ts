import { NextResponse, type NextRequest } from "next/server"
import { cacheSeconds } from "./lib/data/cache-seconds"
import { cachedPathname } from "./lib/routing/cached-query"

/**
 * A catalog page asked for with a query it reads (`/categories/x?page=2`, `/search?q=김`) goes to
 * its cached twin for that query, `/v/<query>/…` (app/(catalog); lib/routing/cached-query.ts), so
 * each query is one cache entry. Addresses without a query never come here: next.config.ts
 * rewrites them for nothing, which keeps this proxy off the busiest path (issue #14). With caching
 * off (STOREFRONT_CACHE_SECONDS=0) the request goes on to the page of app/(shop), rendered per request.
 */
export function proxy(request: NextRequest) {
  if (cacheSeconds() === 0) return NextResponse.next()
  const { pathname, searchParams } = request.nextUrl
  const target = cachedPathname(pathname, searchParams)
  if (!target) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = target
  // the router's own cache-busting parameter stays; the page reads its query from the segment
  const rsc = searchParams.get("_rsc")
  url.search = rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`
  return NextResponse.rewrite(url)
}

// Only requests carrying a parameter one of these pages reads (a literal: Next reads it when
// building, so the source is written out each time). One without any (or with only utm_* and the like) takes next.config.ts's rewrite.
export const config = {
  matcher: [
    // `/search?q=…` with no other of these keys is next.config.ts's rewrite (SEARCH_WORDS_REWRITE),
    // unless the words hold a character outside SEARCH_WORD_CHARS
    { source: "/:page(categories/[^/]+|gift-sets|makers)", has: [{ type: "query", key: "q" }] },
    { source: "/search", has: [{ type: "query", key: "q", value: ".*[^가-힣ㄱ-ㅎㅏ-ㅣ0-9A-Za-z -].*" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "page" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "sort" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "region" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "maker" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "category" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "price_band" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "price" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "brand" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "certification" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "kind" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "occasion" }] },
    { source: "/:page(categories/[^/]+|gift-sets|makers|search)", has: [{ type: "query", key: "union" }] },
  ],
}
