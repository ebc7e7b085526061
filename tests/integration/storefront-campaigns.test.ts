import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"
import { poll } from "./utils/poll"
import { startStorefront } from "./utils/storefront"

/** Text as a reader sees it: React splits adjacent text nodes with comments. */
const text = (html: string) => html.replace(/<!-- -->/g, "").replace(/&amp;/g, "&").replace(/&quot;/g, '"')

/** Far longer than the test waits for a price to turn: a turn seen in time came from the epoch key, not from expiry. */
const CACHE_SECONDS = 600
const REVALIDATE_SECRET = "campaign-revalidation-secret-0123456789abcdef"

runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let admin: { headers: Record<string, string> }
  const page = async (path: string) => {
    const { status, html } = await storefront.get(path)
    return { status, html, page: text(html) }
  }

  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    admin = await adminHeaders(api)
    // the backend runs in this process and reads the storefront's address and secret at call
    // time: campaign changes revalidate the storefront's cached campaign overview
    process.env.JAHWAL_REVALIDATE_SECRET = REVALIDATE_SECRET
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey, {
      STOREFRONT_CACHE_SECONDS: String(CACHE_SECONDS),
      STOREFRONT_CAMPAIGN_OVERVIEW_SECONDS: String(CACHE_SECONDS),
      JAHWAL_REVALIDATE_SECRET: REVALIDATE_SECRET,
    })
    process.env.STOREFRONT_URL = storefront.url
  })
  afterAll(async () => {
    delete process.env.STOREFRONT_URL
    await storefront?.stop()
  })

  describe("a campaign starting a few seconds from now, with the storefront caching Store API reads", () => {
    it("turns the product page, the landing page and search at starts_at and ends_at", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: ["naechingu-gim-jaban", "matsarang-fruit-cheong"] } })
      const { data: created } = await api.post("/admin/sale-campaigns", {
        title: "스토어 테스트 특판전",
        handle: "storefront-test-campaign",
        host_center: "광주광역자활센터",
        co_hosts: ["광주광역시"],
        starts_at: new Date(Date.now() + 60 * 60_000).toISOString(),
        ends_at: new Date(Date.now() + 2 * 60 * 60_000).toISOString(),
        items: (data as { id: string }[]).map((p) => ({ product_id: p.id, discount_type: "percent", discount_value: 20 })),
      }, admin)
      const id = created.campaign.id
      await api.post(`/admin/sale-campaigns/${id}/publish`, {}, admin)
      // the storefront keeps the campaign overview cached; the publish reaches it through the
      // backend's revalidation (a subscriber), within a second or two — not by a TTL (600 s)
      await poll("the published campaign on /campaigns", async () => ((await page("/campaigns")).page.includes("스토어 테스트 특판전") ? true : undefined), 60_000)

      // before: regular prices, and they are now in the storefront's data cache. The window is
      // moved to start a few seconds from now; if the checks do not fit before it, the lead doubles.
      let startsAt = ""
      for (let lead = 15_000; ; lead *= 2) {
        startsAt = new Date(Date.now() + lead).toISOString()
        await api.post(`/admin/sale-campaigns/${id}`, { starts_at: startsAt, ends_at: new Date(Date.now() + 30 * 60_000).toISOString() }, admin)
        const before = await page("/products/naechingu-gim-jaban")
        const upcoming = await page("/campaigns")
        if (Date.now() >= new Date(startsAt).getTime()) {
          if (lead > 240_000) throw new Error("the checks never fitted before starts_at")
          continue
        }
        expect(before.status).toBe(200)
        expect(before.page).toContain("3,000원")
        expect(before.page).not.toContain("특판가")
        expect(upcoming.page).toContain("스토어 테스트 특판전")
        expect(upcoming.page).toContain("예정")
        break
      }

      // at starts_at the page shows 정가 struck through, the 특판가 and the badge
      const live = await poll("the campaign price on the product page", async () => {
        const p = await page("/products/naechingu-gim-jaban")
        return p.page.includes("2,400원") ? p : undefined
      }, 120_000)
      expect(Date.now()).toBeGreaterThanOrEqual(new Date(startsAt).getTime())
      expect(live.html).toMatch(/<del[^>]*>.*?3,000원.*?<\/del>/s)
      expect(live.page).toContain("특판")

      const landing = await page("/campaigns/storefront-test-campaign")
      expect(landing.status).toBe(200)
      expect(landing.page).toContain("진행 중")
      expect(landing.page).toContain("종료까지")
      expect(landing.page).toContain("내친구김")
      expect(landing.page).toContain("맛사랑")
      expect(landing.html).toMatch(/<del[^>]*>.*?3,000원.*?<\/del>/s)
      expect(landing.page).toContain("2,400원")

      const home = await page("/")
      expect(home.page).toContain("특판전 진행 중")
      const search = await page(`/search?q=${encodeURIComponent("김자반")}`)
      expect(search.page).toMatch(/특판.*까지/)
      // the hit itself is at the 특판가, 정가 struck through (the index keeps 정가)
      expect(search.html).toMatch(/<del[^>]*>.*?3,000원.*?<\/del>/s)
      expect(search.page).toContain("2,400원")

      // ends_at moved to a few seconds from now: the cached pages turn back
      const endsAt = new Date(Date.now() + 5_000).toISOString()
      await api.post(`/admin/sale-campaigns/${id}`, { ends_at: endsAt }, admin)
      const after = await poll("the regular price again", async () => {
        const p = await page("/products/naechingu-gim-jaban")
        return !p.page.includes("2,400원") && !p.page.includes("특판") ? p : undefined
      }, 120_000)
      expect(Date.now()).toBeGreaterThanOrEqual(new Date(endsAt).getTime())
      expect(after.page).toContain("3,000원")
      const searchAfter = await page(`/search?q=${encodeURIComponent("김자반")}`)
      expect(searchAfter.page).not.toContain("2,400원")
      expect(searchAfter.page).toContain("3,000원")
      const past = await page("/campaigns")
      expect(past.page).toContain("지난 특판전")
      expect((await page("/")).page).not.toContain("특판전 진행 중")
    }, 600_000) // polls across a real window on a shared, slow machine
  })
})
