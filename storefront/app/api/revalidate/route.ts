import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { z } from "zod"
import { MAX_TAG_LENGTH, MAX_TAGS_PER_REQUEST, REVALIDATE_SECRET_HEADER } from "@/lib/shared/cache-tags"

const Body = z.object({
  tags: z
    .array(z.string({ error: "태그는 문자열이어야 합니다." }).trim().min(1, "빈 태그는 보낼 수 없습니다.").max(MAX_TAG_LENGTH, `태그는 ${MAX_TAG_LENGTH}자 이내여야 합니다.`), {
      error: "tags는 문자열 배열이어야 합니다.",
    })
    .min(1, "갱신할 태그를 하나 이상 보내 주세요.")
    .max(MAX_TAGS_PER_REQUEST, `태그는 한 번에 ${MAX_TAGS_PER_REQUEST}개까지 보낼 수 있습니다.`),
}, { error: "요청 본문은 { tags: [...] } 형태여야 합니다." })

/** Compares in constant time, so the answer's timing does not tell how much of a guess was right. */
function secretMatches(given: string | null): boolean {
  const expected = process.env.JAHWAL_REVALIDATE_SECRET ?? ""
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

const refuse = (status: number, message: string) =>
  NextResponse.json({ message }, { status, headers: { "Cache-Control": "no-store" } })

/**
 * POST /api/revalidate { tags } — the backend calls this when a product, price, stock, maker,
 * brand or campaign changed (backend/lib/storefront/revalidate.ts), with the shared secret in
 * `x-jahwal-revalidate-secret`. The tagged Store API answers expire at once (`expire: 0`: the
 * next visitor waits for a fresh read instead of being served the old price once more, which
 * the default "max" profile would do). Without JAHWAL_REVALIDATE_SECRET nobody may call it.
 */
export async function POST(request: NextRequest) {
  if (!secretMatches(request.headers.get(REVALIDATE_SECRET_HEADER))) {
    return refuse(401, "갱신 요청의 비밀값이 올바르지 않습니다.")
  }
  let json: unknown
  try {
    json = await request.json()
  } catch {
    return refuse(400, "요청 본문은 JSON이어야 합니다.")
  }
  const parsed = Body.safeParse(json)
  if (!parsed.success) {
    return refuse(400, parsed.error.issues[0]?.message ?? "갱신 요청이 올바르지 않습니다.")
  }
  const tags = [...new Set(parsed.data.tags)]
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: tags }, { headers: { "Cache-Control": "no-store" } })
}
