import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { runMedusa } from "../integration/utils/medusa-runner"
import { startStorefront } from "../integration/utils/storefront"
import { launchChromium } from "./browser"

/**
 * The catalog as shipped: pages kept in Next's cache (proxy.ts → app/(catalog)/v/[q], issue #14).
 * The other browser journeys run with caching off (the dynamic pages of app/(shop)); this one
 * walks the cached pages in a real browser — client navigation across the rewrite, a server
 * action on a cached page, the header's islands — and checks what the cache keeps apart.
 */
const CACHE_SECONDS = 3600
const SECRET = "cached-catalog-test-secret-0123456789"
const product = products.find((p) => p.handle === "chammat-namul-3")!
const giftSets = products.filter((p) => p.category === "gift-sets")

runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let browser: Browser
  const head = async (path: string) => {
    const res = await fetch(storefront.url + path)
    await res.arrayBuffer()
    return { status: res.status, cache: res.headers.get("x-nextjs-cache") }
  }

  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    process.env.JAHWAL_INSECURE_COOKIES = "1"
    process.env.JAHWAL_REVALIDATE_SECRET = SECRET
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey, {
      STOREFRONT_CACHE_SECONDS: String(CACHE_SECONDS),
      JAHWAL_REVALIDATE_SECRET: SECRET,
    })
    process.env.STOREFRONT_URL = storefront.url
    browser = await launchChromium()
  })
  afterAll(async () => {
    delete process.env.STOREFRONT_URL
    await browser?.close()
    await storefront?.stop()
  })

  describe("the cached catalog", () => {
    it("is served from the cache: the second visit to a page is a hit, the same for every visitor", async () => {
      for (const path of ["/", `/products/${product.handle}`, "/categories/gift-sets", "/gift-sets", "/makers", "/campaigns", "/search?q=%EA%B9%80"]) {
        expect((await head(path)).status, path).toBe(200)
        const again = await head(path)
        expect(again.status, path).toBe(200)
        expect(again.cache, `${path} from the cache`).toBe("HIT")
      }
      // a visitor's cookies change nothing of the page: the cart and login are the islands' business
      const withCart = await fetch(`${storefront.url}/products/${product.handle}`, { headers: { cookie: "_jahwal_cart_id=cart_x; _jahwal_jwt=y" } })
      await withCart.arrayBuffer()
      expect(withCart.headers.get("x-nextjs-cache")).toBe("HIT")
    })

    it("keeps each query apart and ignores tracking parameters", async () => {
      expect(giftSets.length).toBeGreaterThan(12)
      const first = await (await fetch(`${storefront.url}/categories/gift-sets`)).text()
      const second = await (await fetch(`${storefront.url}/categories/gift-sets?page=2`)).text()
      const onFirst = giftSets.filter((p) => first.includes(p.title))
      expect(onFirst.length).toBe(12)
      expect(giftSets.filter((p) => second.includes(p.title) && !onFirst.includes(p)).length).toBe(Math.min(12, giftSets.length - 12))
      // the same query in another order, or with utm_*, is the same entry
      await head("/search?q=%EA%B9%80&sort=relevance")
      expect((await head("/search?sort=relevance&q=%EA%B9%80&utm_source=kakao")).cache).toBe("HIT")
      // a query no page reads takes the page without one
      await head("/gift-sets")
      expect((await head("/gift-sets?utm_source=kakao&fbclid=x")).cache).toBe("HIT")
      expect((await head("/products/no-such-product")).status).toBe(404)
    })

    it("reads search words alike through next.config's rewrite (plain words) and the proxy (any other character)", async () => {
      // 밀키트 and ㄱㅈㅂ take the rewrite (/v/q~…); 100% and a/b the proxy's base64 segment
      for (const words of ["밀키트", "ㄱㅈㅂ", "김 자반", "100%", "a/b"]) {
        const path = `/search?q=${encodeURIComponent(words)}`
        const res = await fetch(storefront.url + path)
        const html = await res.text()
        expect(res.status, path).toBe(200)
        expect(html, path).toContain(`<title>‘${words}’ 검색 결과`)
        expect(html, path).toMatch(new RegExp(`id="search-page-q"[^>]*value="${words.replace(/[/%]/g, (c) => `\\${c}`)}"`))
        expect((await head(path)).cache, `${path} from the cache`).toBe("HIT")
        expect((await head(`${path}&utm_source=kakao`)).cache, `${path} with utm_source`).toBe("HIT")
      }
      // blank words are the search page without a query, as before
      expect(await (await fetch(`${storefront.url}/search?q=%20%20`)).text()).toContain("<title>상품 검색")
    })

    it("walks home → category → product → 장바구니 in a browser, the badge following the cart", async () => {
      const page = await browser.newPage({ locale: "ko-KR", viewport: { width: 1280, height: 900 } })
      page.setDefaultTimeout(20_000)
      try {
        await page.goto(`${storefront.url}/`)
        await page.getByRole("link", { name: "장바구니" }).waitFor()
        // client navigation to another cached page, across the rewrite
        await page.locator('nav a[href="/categories/side-dishes"]').first().click()
        await page.waitForURL(/\/categories\/side-dishes$/)
        await page.locator(`main a[href="/products/${product.handle}"]`).first().click()
        await page.waitForURL(new RegExp(`/products/${product.handle}$`))
        await page.getByRole("heading", { level: 1, name: product.title }).waitFor()
        // a server action from a cached page; the island reads the new cart
        await page.getByRole("button", { name: "장바구니 담기" }).click()
        await page.getByText("장바구니에 1개를 담았습니다.").waitFor()
        await page.getByRole("link", { name: "장바구니, 상품 1개" }).waitFor()
        // another visitor's cached page never shows this cart: a fresh context has no badge
        const other = await browser.newPage({ locale: "ko-KR" })
        await other.goto(`${storefront.url}/products/${product.handle}`)
        await other.getByRole("heading", { level: 1, name: product.title }).waitFor()
        await other.waitForLoadState("networkidle")
        expect(await other.getByTestId("cart-count").count()).toBe(0)
        await other.close()

        await page.getByRole("link", { name: "장바구니, 상품 1개" }).click()
        await page.waitForURL(/\/cart$/)
        await page.getByRole("link", { name: product.title }).first().waitFor()
      } finally {
        await page.close()
      }
    })
  })
})
