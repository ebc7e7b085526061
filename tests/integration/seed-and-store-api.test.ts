import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { describe, expect, it, beforeAll } from "vitest"
import { products as seedProducts } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { PENDING_LISTING } from "../../seed/steps/pending-listing"
import { runMedusa } from "./utils/medusa-runner"

const ROOT = path.resolve(__dirname, "../..")

// seeded: false — this file tests the seed itself, from an empty database
runMedusa(
  __filename,
  ({ api, getContainer, dbConfig }) => {
  let publishableKey: string
  let regionId: string
  const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })

  beforeAll(async () => {
    const result = await seedAll(getContainer())
    publishableKey = result.publishableKey
    regionId = result.regionId
  })

  async function counts() {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
    return {
      products: await count("product"),
      variants: await count("product_variant"),
      regions: await count("region"),
      categories: await count("product_category"),
      keys: await count("api_key"),
      users: await count("user"),
      locations: await count("stock_location"),
      shippingOptions: await count("shipping_option"),
    }
  }

  describe("seed", () => {
    it("creates the Korean store: region 대한민국 in KRW with tax-inclusive prices and 10% VAT", async () => {
      const { data } = await api.get(`/store/regions/${regionId}`, store())
      expect(data.region.name).toBe("대한민국")
      expect(data.region.currency_code).toBe("krw")
      expect(data.region.countries.map((c: { iso_2: string }) => c.iso_2)).toEqual(["kr"])

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: taxRegions } = await query.graph({
        entity: "tax_region",
        fields: ["country_code", "tax_rates.rate", "tax_rates.is_default"],
        filters: { country_code: "kr" },
      })
      expect(taxRegions[0].tax_rates.find((r: { is_default: boolean; rate: number | null } | null) => r?.is_default)?.rate).toBe(10)
      const { data: prefs } = await query.graph({
        entity: "price_preference",
        fields: ["attribute", "value", "is_tax_inclusive"],
      })
      expect(prefs).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ attribute: "currency_code", value: "krw", is_tax_inclusive: true }),
          expect.objectContaining({ attribute: "region_id", value: regionId, is_tax_inclusive: true }),
        ])
      )
    })

    it("is idempotent: a second run creates nothing", async () => {
      const before = await counts()
      // the catalog, plus the local shop's one listing waiting for approval (seed/steps/pending-listing.ts)
      expect(before.products).toBe(seedProducts.length + 1)
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["status"], filters: { title: PENDING_LISTING.title } })
      expect(data.map((p) => p.status)).toEqual(["proposed"])
      const again = await seedAll(getContainer())
      expect(again.publishableKey).toBe(publishableKey)
      expect(await counts()).toEqual(before)
    })

    it("leaves a database that migrations can run on again without changes", async () => {
      const before = await counts()
      await promisify(execFile)(path.join(ROOT, "node_modules/.bin/medusa"), ["db:migrate"], {
        cwd: ROOT,
        // as the launcher runs it (scripts/shop.mjs): ts-node without type checking (npm run
        // typecheck does that), else the CLI type-checks every file it loads, 3-4 minutes in CI
        env: { ...process.env, DATABASE_URL: dbConfig.clientUrl, MEDUSA_DISABLE_TELEMETRY: "true", TS_NODE_TRANSPILE_ONLY: "true" },
        timeout: 480_000,
      })
      expect(await counts()).toEqual(before)
    }, 540_000)
  })

  describe("store API", () => {
    it("lists every seeded product with KRW prices as whole-won integers", async () => {
      const { data } = await api.get(
        `/store/products?region_id=${regionId}&limit=100&fields=handle,title,*variants.calculated_price`,
        store()
      )
      expect(data.count).toBe(seedProducts.length)
      expect(data.count).toBeGreaterThanOrEqual(40)
      for (const product of data.products) {
        for (const variant of product.variants) {
          const price = variant.calculated_price
          expect(price.currency_code).toBe("krw")
          expect(Number.isInteger(price.calculated_amount)).toBe(true)
          expect(price.calculated_amount).toBeGreaterThan(0)
        }
      }
    })

    it("serves the seed's real prices: 내친구김 선물세트 20,000원, 김자반 3,000원/5,000원", async () => {
      const { data } = await api.get(
        `/store/products?region_id=${regionId}&q=내친구김&limit=50&fields=title,*variants.calculated_price,*variants.options`,
        store()
      )
      const byTitle = new Map<string, { variants: { title: string; calculated_price: { calculated_amount: number } }[] }>(
        data.products.map((p: { title: string }) => [p.title, p])
      )
      const giftSet = byTitle.get("내친구김 선물세트")
      expect(giftSet?.variants.map((v) => v.calculated_price.calculated_amount)).toContain(20000)
      const flakes = [...byTitle.entries()].find(([title]) => title.includes("김자반"))?.[1]
      expect(flakes?.variants.map((v) => v.calculated_price.calculated_amount).sort((a, b) => a - b)).toEqual([3000, 5000])
    })

    it("rejects store requests without the publishable key", async () => {
      const res = await api.get(`/store/products`).catch((e: { response: { status: number } }) => e.response)
      expect(res.status).toBe(400)
    })
  })
  },
  { seeded: false }
)
