import { z } from "@medusajs/framework/zod"

/**
 * THE rule for image and logo URLs that sellers and staff enter (maker and brand logos, product
 * images and thumbnails): an https address, or our own file host (MEDUSA_BACKEND_URL + "/static/",
 * plain http locally) — never javascript:, data:, vbscript:, a protocol-relative "//host" or a
 * URL disguised with spaces, control or invisible characters. Checked when written; the
 * storefront only shows what passed.
 */

/** Any whitespace, control or invisible character: a real URL has none, a disguised one does. */
const HIDDEN = /[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202F\u205F-\u206F\uFEFF\\]/

/** `fileHosts`: prefixes of our own file host, e.g. "http://localhost:9000/static/". */
export function isSafeImageUrl(raw: string, fileHosts: readonly string[] = []): boolean {
  if (raw.length === 0 || raw.length > 2048 || HIDDEN.test(raw)) return false
  let url: URL
  try {
    url = new URL(raw) // absolute URLs only: "//host/x.png" and "x.png" throw
  } catch {
    return false
  }
  if (url.username || url.password || !url.hostname) return false
  if (/^https:\/\//i.test(raw) && url.protocol === "https:") return true
  return fileHosts.some((prefix) => {
    try {
      const host = new URL(prefix)
      return url.origin === host.origin && url.pathname.startsWith(host.pathname) && raw.toLowerCase().startsWith(prefix.toLowerCase())
    } catch {
      return false
    }
  })
}

/** Our own file host for a backend URL: where Medusa's local file provider serves uploads. */
export function fileHostOf(backendUrl: string): string {
  return `${backendUrl.replace(/\/+$/, "")}/static/`
}

export const IMAGE_URL_ERROR =
  "이미지 주소는 https://로 시작하거나 자활장터에 올린 파일이어야 합니다(javascript:, data: 주소는 쓸 수 없습니다)"

/**
 * Our own file hosts: Medusa's local file provider serves uploads from MEDUSA_BACKEND_URL/static/;
 * with S3_BUCKET set (backend/lib/config/file-storage.ts) they live under S3_FILE_URL.
 */
export function ownFileHosts(env: Record<string, string | undefined> = process.env): string[] {
  const hosts = [fileHostOf(env.MEDUSA_BACKEND_URL || "http://localhost:9000")]
  if (env.S3_BUCKET && env.S3_FILE_URL) hosts.push(`${env.S3_FILE_URL.replace(/\/+$/, "")}/`)
  return hosts
}

/** True for an image or logo URL the shop may show (https, or our own file host). */
export function isAllowedImageUrl(url: string): boolean {
  return isSafeImageUrl(url, ownFileHosts())
}

/**
 * A logo or image URL in a request body (the one rule for every such field). A refinement, so
 * the Korean message is ours whatever is wrong with the value.
 */
export const safeImageUrl = (message = IMAGE_URL_ERROR) =>
  z.custom<string>((value) => typeof value === "string" && isAllowedImageUrl(value.trim()), { message }).transform((value) => value.trim())
