import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/core-flows"
import { STRIPE_PROVIDER_ID, stripeOptionsFromEnv } from "../../backend/modules/stripe-payment/options"
import { queryOf, REGION_NAME, SeedContext } from "../context"

/** 무통장입금 (bank transfer, built in) and the system provider used by tests and staff. */
export const REGION_PAYMENT_PROVIDERS = ["pp_bank-transfer_bank-transfer", "pp_system_default"]

/** The region's providers: the built-in ones, plus Stripe cards when STRIPE_API_KEY is set. */
export function regionPaymentProviders(env: NodeJS.ProcessEnv = process.env) {
  return stripeOptionsFromEnv(env) ? [...REGION_PAYMENT_PROVIDERS, STRIPE_PROVIDER_ID] : REGION_PAYMENT_PROVIDERS
}

/**
 * Adds the providers the region should offer and lacks (never removes one). Idempotent; run by
 * the seed and by the launcher on an already-seeded database (keys added later).
 * Returns the region id (undefined when the region does not exist yet) and what was added.
 */
export async function ensureRegionPaymentProviders(container: SeedContext["container"], wanted = regionPaymentProviders()) {
  const { data: regions } = await queryOf(container).graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { name: REGION_NAME },
  })
  if (!regions[0]) return { regionId: undefined, added: [] as string[] }
  const have = ((regions[0].payment_providers ?? []) as { id: string }[]).map((p) => p.id)
  const added = wanted.filter((id) => !have.includes(id))
  if (added.length) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: regions[0].id }, update: { payment_providers: [...have, ...added] } },
    })
  }
  return { regionId: regions[0].id as string, added }
}

/** Region 대한민국 (kr, KRW), prices include VAT; tax region kr with 10% 부가가치세. */
export async function ensureRegion(ctx: SeedContext) {
  const query = queryOf(ctx.container)
  const existing = await ensureRegionPaymentProviders(ctx.container)
  if (existing.regionId) {
    ctx.regionId = existing.regionId
  } else {
    const { result } = await createRegionsWorkflow(ctx.container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "krw",
            countries: ["kr"],
            automatic_taxes: true,
            is_tax_inclusive: true,
            payment_providers: regionPaymentProviders(),
          },
        ],
      },
    })
    ctx.regionId = result[0].id
    ctx.log("지역 생성: 대한민국 (KRW, 부가세 포함)")
  }

  const { data: taxRegions } = await query.graph({
    entity: "tax_region",
    fields: ["id"],
    filters: { country_code: "kr" },
  })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(ctx.container).run({
      input: [
        {
          country_code: "kr",
          provider_id: "tp_system",
          default_tax_rate: { rate: 10, name: "부가가치세", code: "VAT" },
        },
      ],
    })
    ctx.log("세금 지역 생성: kr, 부가가치세 10%")
  }
}
