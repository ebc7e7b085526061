import { NextResponse, type NextRequest } from "next/server"
import { NO_SUGGESTIONS, suggestSearch } from "@/lib/data/search"

/** Longer than anyone types into a search box; the Store API would refuse it anyway. */
const MAX_QUERY_LENGTH = 50

/**
 * GET /api/search/suggest?q= — the header search box asks here, so the browser never needs the
 * Store API address or its publishable key. Answers are the same for everyone: browsers and any
 * shared cache may keep them briefly, which spares the backend while a word is retyped.
 */
export async function GET(request: NextRequest) {
  const q = (request.nextUrl.searchParams.get("q") ?? "").trim().replace(/\s+/g, " ")
  if (q === "") {
    return NextResponse.json(NO_SUGGESTIONS)
  }
  if (q.length > MAX_QUERY_LENGTH) {
    return NextResponse.json(
      { message: `검색어는 ${MAX_QUERY_LENGTH}자 이내로 입력해 주세요.` },
      { status: 400 }
    )
  }
  try {
    const suggestions = await suggestSearch(q)
    return NextResponse.json(suggestions, {
      headers: { "Cache-Control": "public, max-age=30, stale-while-revalidate=60" },
    })
  } catch {
    // Suggestions are a convenience: the box keeps working as a plain search form.
    return NextResponse.json(
      { ...NO_SUGGESTIONS, message: "추천 검색어를 불러오지 못했습니다." },
      { status: 502, headers: { "Cache-Control": "no-store" } }
    )
  }
}
