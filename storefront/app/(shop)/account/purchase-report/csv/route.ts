import { type NextRequest } from "next/server"
import { getAuthToken } from "@/lib/data/auth-cookie"
import { backendUrl } from "@/lib/sdk"

/**
 * The 구매 실적 CSV: the backend's file, fetched with the customer's session (the httpOnly login
 * cookie becomes the bearer token here, on the server) and passed through byte for byte, BOM
 * included. The backend checks the institution and the period.
 */
export async function GET(request: NextRequest) {
  const token = await getAuthToken()
  if (!token) return new Response("로그인해 주세요.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } })
  const params = request.nextUrl.searchParams
  const url = new URL("/store/customers/me/purchase-report", backendUrl())
  url.searchParams.set("from", params.get("from") ?? "")
  url.searchParams.set("to", params.get("to") ?? "")
  url.searchParams.set("format", "csv")
  const upstream = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" },
    cache: "no-store",
  })
  if (!upstream.ok) {
    const body = (await upstream.json().catch(() => null)) as { message?: string } | null
    return new Response(body?.message ?? "구매 실적을 내려받지 못했습니다.", { status: upstream.status, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  return new Response(await upstream.arrayBuffer(), {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": upstream.headers.get("content-disposition") ?? 'attachment; filename="purchase-report.csv"',
      "cache-control": "no-store",
    },
  })
}
