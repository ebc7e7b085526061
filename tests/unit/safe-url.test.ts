import { afterEach, describe, expect, it } from "vitest"
import { IMAGE_URL_ERROR, isAllowedImageUrl, isSafeImageUrl, ownFileHosts, safeImageUrl } from "../../backend/lib/security/safe-url"
import { UNSAFE_IMAGE_URLS } from "../fixtures/xss-corpus"

const BACKEND_URL = process.env.MEDUSA_BACKEND_URL

describe("image and logo URLs", () => {
  afterEach(() => {
    if (BACKEND_URL === undefined) delete process.env.MEDUSA_BACKEND_URL
    else process.env.MEDUSA_BACKEND_URL = BACKEND_URL
  })

  it("accepts https and our own file host only", () => {
    delete process.env.MEDUSA_BACKEND_URL
    expect(isAllowedImageUrl("https://cdn.jahwal.example/makers/logo.png")).toBe(true)
    expect(isAllowedImageUrl("HTTPS://cdn.jahwal.example/logo.png?v=2")).toBe(true)
    expect(isAllowedImageUrl("http://localhost:9000/static/1700000000-logo.png")).toBe(true)
    process.env.MEDUSA_BACKEND_URL = "https://api.jahwal.example/"
    expect(isAllowedImageUrl("https://api.jahwal.example/static/logo.png")).toBe(true)
    expect(isAllowedImageUrl("http://localhost:9000/static/logo.png")).toBe(false)
  })

  it("counts the S3 bucket as our own file host when uploads go there", () => {
    const env = { MEDUSA_BACKEND_URL: "https://api.jahwal.example", S3_BUCKET: "b", S3_FILE_URL: "http://minio.local:9001/b" }
    expect(ownFileHosts(env)).toEqual(["https://api.jahwal.example/static/", "http://minio.local:9001/b/"])
    expect(isSafeImageUrl("http://minio.local:9001/b/p/1.png", ownFileHosts(env))).toBe(true)
    expect(isSafeImageUrl("http://minio.local:9001/other/1.png", ownFileHosts(env))).toBe(false)
  })

  it("refuses script, data and disguised URLs", () => {
    delete process.env.MEDUSA_BACKEND_URL
    for (const url of UNSAFE_IMAGE_URLS) expect(isAllowedImageUrl(url), JSON.stringify(url)).toBe(false)
    expect(isSafeImageUrl("http://localhost:9000/static/x.png")).toBe(false) // no file host given
    expect(isSafeImageUrl("http://localhost:9000/staticx/x.png", ["http://localhost:9000/static/"])).toBe(false)
    expect(isSafeImageUrl("http://localhost:9000/static/../admin", ["http://localhost:9000/static/"])).toBe(false)
  })

  it("answers a Korean message from the zod refinement", () => {
    const result = safeImageUrl().safeParse("javascript:window.__xss=1")
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(IMAGE_URL_ERROR)
    expect(safeImageUrl().parse(" https://cdn.jahwal.example/a.png ")).toBe("https://cdn.jahwal.example/a.png")
  })
})
