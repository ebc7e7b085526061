import { NextResponse, type NextRequest } from "next/server"
import { fetchStatementExport } from "@/lib/data/seller-settlements"
import { exportFormatOf } from "@/lib/util/seller-settlements"

/** The backend's headers a download needs; nothing else of its answer (cookies, CORS) is passed on. */
// not content-length: fetch may have decoded a compressed answer, so its length would be wrong
const PASSED_HEADERS = ["content-type", "content-disposition"]

/**
 * GET /seller/settlements/:id/export?format=csv|xlsx — the statement file through this server:
 * the seller cookie is httpOnly, so the browser cannot send the token to the backend itself.
 * The backend's file is streamed as it is (its Content-Type and Content-Disposition, Korean
 * name in filename*); its errors too (another maker's id: its Korean 404).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const format = exportFormatOf(request.nextUrl.searchParams.get("format"))
  if (!format) return NextResponse.json({ message: "파일 형식(format)은 csv 또는 xlsx로 골라 주세요." }, { status: 400 })
  const login = new URL(`/seller/login?next=${encodeURIComponent(`/seller/settlements/${id}`)}`, request.nextUrl.origin)
  const upstream = await fetchStatementExport(id, format)
  if (!upstream || upstream.status === 401) return NextResponse.redirect(login, 303)
  const headers = new Headers({ "cache-control": "private, no-store" })
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.body, { status: upstream.status, headers })
}
