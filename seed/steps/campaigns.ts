import { formatSeoulDateTime, parseSeoulDateTime } from "../../backend/lib/dates/seoul-datetime"
import { CAMPAIGNS_MODULE } from "../../backend/modules/campaigns"
import type CampaignsModuleService from "../../backend/modules/campaigns/service"
import { salePrice } from "../../backend/modules/campaigns/utils/sale-price"
import { readCampaignProducts } from "../../backend/workflows/campaigns/read-campaign-products"
import { createCampaignWorkflow } from "../../backend/workflows/campaigns/workflows/create-campaign"
import { publishCampaignWorkflow } from "../../backend/workflows/campaigns/workflows/publish-campaign"
import { queryOf, type SeedContext } from "../context"
import { SEED_CAMPAIGNS, type SeedCampaign } from "../data/campaigns"

const HOUR = 3600_000

function windowOf(c: SeedCampaign, now: Date): { starts_at: string; ends_at: string } {
  if ("starts_at" in c.window) {
    return { starts_at: parseSeoulDateTime(c.window.starts_at)!.toISOString(), ends_at: parseSeoulDateTime(c.window.ends_at)!.toISOString() }
  }
  const hour = Math.floor(now.getTime() / HOUR) * HOUR
  return { starts_at: new Date(hour + c.window.from_hours * HOUR).toISOString(), ends_at: new Date(hour + c.window.to_hours * HOUR).toISOString() }
}

/**
 * The seed's campaigns, created and published through the same workflows staff use. The 2024
 * 하루장터 happened before this shop existed, so its results are recorded sales (campaign_sale
 * rows with `seed-` order ids, priced by the campaign's own rules), not orders.
 */
export async function ensureCampaigns(ctx: SeedContext, now = new Date()) {
  const campaigns: CampaignsModuleService = ctx.container.resolve(CAMPAIGNS_MODULE)
  const { data: products } = await queryOf(ctx.container).graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: SEED_CAMPAIGNS.flatMap((c) => c.items.map((i) => i.product)) },
  })
  const idOf = new Map((products as { id: string; handle: string }[]).map((p) => [p.handle, p.id]))

  for (const seed of SEED_CAMPAIGNS) {
    const [existing] = await campaigns.listSaleCampaigns({ handle: seed.handle }, { select: ["id"] })
    if (existing) continue
    const items = seed.items.filter((i) => idOf.has(i.product)).map(({ product, ...rest }) => ({ ...rest, product_id: idOf.get(product)! }))
    const window = windowOf(seed, now)
    const { result } = await createCampaignWorkflow(ctx.container).run({
      input: {
        fields: {
          title: seed.title, handle: seed.handle, host_center: seed.host_center, co_hosts: seed.co_hosts, description: seed.description,
          banner_url: null, ...window, discount_bearer: seed.discount_bearer, maker_share_percent: seed.maker_share_percent ?? null,
        },
        items,
      },
    })
    await publishCampaignWorkflow(ctx.container).run({ input: { id: result.id } })
    if (seed.history?.length) await recordHistory(ctx, result.id, seed, items, window.starts_at)
    ctx.log(`특판전 ${seed.title} (${formatSeoulDateTime(new Date(window.starts_at))} ~ ${formatSeoulDateTime(new Date(window.ends_at))})`)
  }
}

async function recordHistory(
  ctx: SeedContext,
  campaign_id: string,
  seed: SeedCampaign,
  items: { product_id: string; discount_type: "percent" | "fixed_price"; discount_value: number }[],
  startsAt: string
) {
  const campaigns: CampaignsModuleService = ctx.container.resolve(CAMPAIGNS_MODULE)
  const { data: variants } = await queryOf(ctx.container).graph({ entity: "product_variant", fields: ["id", "sku", "product_id"], filters: { sku: seed.history!.map((h) => h.sku) } })
  const bySku = new Map((variants as { id: string; sku: string; product_id: string }[]).map((v) => [v.sku, v]))
  const products = await readCampaignProducts(ctx.container, items.map((i) => i.product_id))
  const rows = seed.history!.flatMap((h, index) => {
    const variant = bySku.get(h.sku)
    const item = variant && items.find((i) => i.product_id === variant.product_id)
    const product = variant && products.get(variant.product_id)
    const regular = product?.variants.find((v) => v.id === variant!.id)?.regular_price
    if (!variant || !item || !product?.maker || !regular) return []
    const priced = salePrice(regular, item)
    if ("error" in priced) return []
    return [{
      line_item_id: `seed-${seed.handle}-${index + 1}`,
      order_id: `seed-${seed.handle}-${h.order}`,
      campaign_id,
      maker_id: product.maker.id,
      product_id: product.id,
      variant_id: variant.id,
      product_title: product.title,
      quantity: h.quantity,
      regular_unit_price: regular,
      sale_unit_price: priced.price,
      line_total: priced.price * h.quantity,
      discount_bearer: seed.discount_bearer,
      // spread over the day of the sale, an hour apart
      placed_at: new Date(new Date(startsAt).getTime() + (index + 1) * 50 * 60_000),
    }]
  })
  if (rows.length) await campaigns.createCampaignSales(rows)
}
