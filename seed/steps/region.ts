import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/core-flows"
import { queryOf, REGION_NAME, SeedContext } from "../context"

/** 무통장입금 (bank transfer, built in) and the system provider used by tests and staff. */
export const REGION_PAYMENT_PROVIDERS = ["pp_bank-transfer_bank-transfer", "pp_system_default"]

/** Region 대한민국 (kr, KRW), prices include VAT; tax region kr with 10% 부가가치세. */
export async function ensureRegion(ctx: SeedContext) {
  const query = queryOf(ctx.container)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { name: REGION_NAME },
  })
  if (regions[0]) {
    ctx.regionId = regions[0].id
    const have = ((regions[0].payment_providers ?? []) as { id: string }[]).map((p) => p.id)
    if (REGION_PAYMENT_PROVIDERS.some((id) => !have.includes(id))) {
      await updateRegionsWorkflow(ctx.container).run({
        input: { selector: { id: regions[0].id }, update: { payment_providers: [...new Set([...have, ...REGION_PAYMENT_PROVIDERS])] } },
      })
    }
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
            payment_providers: REGION_PAYMENT_PROVIDERS,
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
