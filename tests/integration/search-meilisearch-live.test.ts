import { beforeAll, describe, expect, it } from "vitest"

/**
 * The Meilisearch engine against a real server. Runs only when MEILISEARCH_HOST is set
 * (MEILISEARCH_API_KEY if the server needs one); no Meilisearch server can be installed in
 * this environment, so without the variable the suite is skipped and says so.
 */
const host = process.env.MEILISEARCH_HOST

if (!host) {
  describe("Meilisearch engine (live)", () => {
    it.skip("skipped: MEILISEARCH_HOST is not set, so there is no Meilisearch server to test against", () => {})
  })
} else {
  // Required lazily so that a run without a server never boots Medusa for nothing.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { runMedusa } = require("./utils/medusa-runner") as typeof import("./utils/medusa-runner")
  const { seedAll } = require("../../seed/seed-all") as typeof import("../../seed/seed-all")
  /* eslint-enable @typescript-eslint/no-require-imports */

  runMedusa(
    __filename,
    ({ api, getContainer }) => {
      let store: { headers: Record<string, string> }
      const search = async (query: string) => (await api.get(`/store/search?${query}`, store)).data
      const top = async (q: string) => (await search(`q=${encodeURIComponent(q)}&limit=5`)).hits.map((h: { handle: string }) => h.handle)

      beforeAll(async () => {
        const { publishableKey } = await seedAll(getContainer())
        store = { headers: { "x-publishable-api-key": publishableKey } }
      })

      describe("Meilisearch engine (live)", () => {
        it("answers from Meilisearch", async () => {
          expect((await search("limit=1")).engine).toBe("meilisearch")
        })

        it.each([
          ["exact", "김자반"],
          ["typo", "김자밤"],
          ["초성", "ㄱㅈㅂ"],
          ["particle", "김자반을"],
          ["English-mode typing", "rlawkqks"],
        ])("%s: %s finds 내친구김 김자반", async (_kind, q) => {
          expect(await top(q)).toContain("naechingu-gim-jaban")
        })

        it("filters and counts facets like the built-in engine", async () => {
          const body = await search("maker=naechingu-gim&limit=48")
          expect(body.total).toBeGreaterThan(0)
          expect(body.hits.every((h: { maker: { handle: string } }) => h.maker.handle === "naechingu-gim")).toBe(true)
          const all = await search("limit=1")
          expect(all.facets.maker.find((m: { value: string }) => m.value === "naechingu-gim").count).toBe(body.total)
        })

        it("sorts by price", async () => {
          const prices = (await search("sort=price_asc&limit=48")).hits.map((h: { price: number }) => h.price)
          expect(prices).toEqual([...prices].sort((a: number, b: number) => a - b))
        })
      })
    },
    { env: { MEILISEARCH_HOST: host, MEILISEARCH_API_KEY: process.env.MEILISEARCH_API_KEY ?? "", MEILISEARCH_INDEX: `jahwal_test_${process.pid}` } }
  )
}
