import { NextResponse, type NextRequest } from "next/server"
import { CACHED_PREFIX, cachedPathname } from "@/lib/routing/cached-query"
import { cacheSeconds } from "@/lib/data/cache-seconds"

/** Marks a request this proxy rewrote (a visitor who sets it only reaches the same page at its internal address). */
const REWRITTEN = "x-jahwal-cached-page"

/**
 * Sends a catalog page (home, product, category, 선물세트, 만든 곳, 공동브랜드, 특판전, 검색) to
 * its cached twin under /v/<query> (app/(catalog)), which Next serves from its cache without
 * rendering (issue #14). With caching off (STOREFRONT_CACHE_SECONDS=0) the request goes on to
 * the dynamic page in app/(shop), rendered per request. The internal prefix itself is not an
 * address: asked for directly it is a 404.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (pathname === CACHED_PREFIX || pathname.startsWith(`${CACHED_PREFIX}/`)) {
    // Next runs the proxy again for its own render of a rewritten page (ISR): that one passes
    if (request.headers.get(REWRITTEN) === "1") return NextResponse.next()
    return new NextResponse("페이지를 찾을 수 없습니다.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  if (cacheSeconds() === 0) return NextResponse.next()
  const target = cachedPathname(pathname, searchParams)
  if (!target) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = target
  // the router's own cache-busting parameter stays; the page reads its query from the segment
  const rsc = searchParams.get("_rsc")
  url.search = rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`
  const headers = new Headers(request.headers)
  headers.set(REWRITTEN, "1")
  return NextResponse.rewrite(url, { request: { headers } })
}

export const config = {
  matcher: ["/", "/products/:path*", "/categories/:path*", "/gift-sets", "/makers/:path*", "/brands/:path*", "/campaigns/:path*", "/search", "/v/:path*"],
}
