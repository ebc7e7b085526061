import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"
import { startStorefront } from "./utils/storefront"

/** What a reader sees: tags dropped (search hits mark the matched words), entities decoded. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')

const won = (amount: number) => `${amount.toLocaleString("ko-KR")}원`

/**
 * An hour: far longer than any poll here, so a page that turns came from the revalidation the
 * backend sent, not from the entry expiring.
 */
const CACHE_SECONDS = 3600
const SECRET = "revalidation-test-secret-0123456789abcdef"
const WORKERS = 2

/** A one-variant product of a category small enough to fit its first page (12 cards). */
const perCategory = new Map<string, number>()
for (const p of products) perCategory.set(p.category, (perCategory.get(p.category) ?? 0) + 1)
const product = products.find((p) => p.variants.length === 1 && (perCategory.get(p.category) ?? 0) <= 12)!

/** Reads the pages until every one shows what `ready` asks for; no fixed wait, a generous deadline. */
async function until(what: string, read: () => Promise<string[]>, ready: (page: string) => boolean, ms = 30_000) {
  const deadline = Date.now() + ms
  for (;;) {
    const pages = await read()
    if (pages.every(ready)) return pages
    if (Date.now() > deadline) throw new Error(`not every page shows ${what} yet: ${pages.map((p, i) => (ready(p) ? "" : `#${i} `)).join("")}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let admin: { headers: Record<string, string> }
  let productId = ""
  const paths = {
    product: `/products/${product.handle}`,
    category: `/categories/${product.category}`,
    search: `/search?q=${encodeURIComponent(product.title)}`,
  }
  // Each page from every storefront worker (two, as `npm start` runs them): each keeps its own
  // cached copy, so a revalidation that reached only the worker the backend called leaves the
  // other's copy behind for the hour and the page reads below never all turn.
  // Each worker also keeps whole answers in front of Next (server/response-cache.mjs), here for
  // the hour too: a page turns only if the revalidation emptied that cache in both workers.
  const answers = (...which: (keyof typeof paths)[]) => async () =>
    (await Promise.all(which.map(async (key) => {
      const got = await storefront.getOnEachConnection(paths[key], 2 * WORKERS)
      for (const { status } of got) expect(status, paths[key]).toBe(200)
      return got
    }))).flat()
  const read = (...which: (keyof typeof paths)[]) => async () => (await answers(...which)()).map(({ html }) => visible(html))
  const revalidate = (body: unknown, secret: string | null = SECRET) =>
    fetch(`${storefront.url}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret === null ? {} : { "x-jahwal-revalidate-secret": secret }) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    })

  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    admin = await adminHeaders(api)
    // the backend runs in this process: it reads the storefront's address and the secret at call time
    process.env.JAHWAL_REVALIDATE_SECRET = SECRET
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey, {
      STOREFRONT_CACHE_SECONDS: String(CACHE_SECONDS),
      JAHWAL_REVALIDATE_SECRET: SECRET,
      STOREFRONT_WORKERS: String(WORKERS),
      STOREFRONT_RESPONSE_CACHE_SECONDS: String(CACHE_SECONDS),
    })
    process.env.STOREFRONT_URL = storefront.url
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: product.handle } })
    productId = (data[0] as { id: string }).id
  }, 300_000)
  afterAll(async () => {
    delete process.env.STOREFRONT_URL
    await storefront?.stop()
  })

  describe("POST /api/revalidate", () => {
    it("refuses a missing or wrong secret (401) and bad bodies (400), in Korean", async () => {
      for (const secret of [null, "wrong", `${SECRET}x`]) {
        const res = await revalidate({ tags: ["products"] }, secret)
        expect(res.status).toBe(401)
        expect(((await res.json()) as { message: string }).message).toBe("갱신 요청의 비밀값이 올바르지 않습니다.")
      }
      const bad: [unknown, string][] = [
        ["not json", "요청 본문은 JSON이어야 합니다."],
        [[], "요청 본문은 { tags: [...] } 형태여야 합니다."],
        [{}, "tags는 문자열 배열이어야 합니다."],
        [{ tags: "products" }, "tags는 문자열 배열이어야 합니다."],
        [{ tags: [] }, "갱신할 태그를 하나 이상 보내 주세요."],
        [{ tags: [1] }, "태그는 문자열이어야 합니다."],
        [{ tags: [" "] }, "빈 태그는 보낼 수 없습니다."],
        [{ tags: ["x".repeat(257)] }, "태그는 256자 이내여야 합니다."],
        [{ tags: Array.from({ length: 101 }, (_, i) => `product:${i}`) }, "태그는 한 번에 100개까지 보낼 수 있습니다."],
      ]
      for (const [body, message] of bad) {
        const res = await revalidate(body)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(((await res.json()) as { message: string }).message).toBe(message)
      }
      const ok = await revalidate({ tags: ["products", "search", "products"] })
      expect(ok.status).toBe(200)
      expect(await ok.json()).toEqual({ revalidated: ["products", "search"] })
    })
  })

  describe("a change through the admin API, with an hour-long storefront cache", () => {
    it("a variant's new price shows on the product page, its category page and the search result", async () => {
      const oldPrice = product.variants[0]!.price
      const newPrice = oldPrice + 1230
      const before = await read("product", "category", "search")()
      for (const page of before) expect(page).toContain(product.title)
      expect(before[0]).toContain(won(oldPrice))
      for (const page of before) expect(page).not.toContain(won(newPrice))
      // soon every worker answers these pages from its response cache, not from Next: polled, as
      // the cluster may hand a worker none of the first reads' connections, and a revalidation
      // still on its way from the seed's events empties the caches once more
      const keptBy = Date.now() + 30_000
      for (;;) {
        const kept = await answers("product", "category", "search")()
        if (kept.every((a) => a.responseCache === "HIT")) break
        if (Date.now() > keptBy) expect(kept.map((a) => a.responseCache)).toEqual(kept.map(() => "HIT"))
        await new Promise((r) => setTimeout(r, 200))
      }

      const { data } = await api.get(`/admin/products/${productId}?fields=id,*variants,*variants.prices`, admin)
      const variant = data.product.variants[0]
      const prices = (variant.prices as { id: string; currency_code: string; amount: number; min_quantity: number | null }[]).map((p) => ({
        id: p.id,
        currency_code: p.currency_code,
        amount: p.currency_code === "krw" && !p.min_quantity ? newPrice : p.amount,
      }))
      await api.post(`/admin/products/${productId}/variants/${variant.id}`, { prices }, admin)

      const after = await until(won(newPrice), read("product", "category", "search"), (page) => page.includes(won(newPrice)))
      expect(after[0]).not.toContain(won(oldPrice))
    }, 120_000)

    it("a new title shows on all three; a change no event reports stays cached (the cache is on)", async () => {
      await read("product", "category", "search")() // in the cache again after the price test
      // straight into the product module: no workflow, no product.updated, so no revalidation
      const productModule = getContainer().resolve(Modules.PRODUCT)
      await productModule.updateProducts(productId, { title: `${product.title} 임시` })
      const cached = await read("product", "category")()
      for (const page of cached) expect(page).not.toContain(`${product.title} 임시`)

      const title = `${product.title} 새단장`
      await api.post(`/admin/products/${productId}`, { title }, admin)
      await until(title, read("product", "category", "search"), (page) => page.includes(title))
    }, 120_000)
  })
})
