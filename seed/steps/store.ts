import {
  createSalesChannelsWorkflow,
  createStoresWorkflow,
  updateStoresWorkflow,
} from "@medusajs/core-flows"
import { queryOf, SALES_CHANNEL_NAME, SeedContext, STORE_NAME } from "../context"

/** Store 자활장터 selling in KRW with VAT-inclusive prices, through one sales channel. */
export async function ensureStore(ctx: SeedContext) {
  const query = queryOf(ctx.container)
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "name"],
    filters: { name: SALES_CHANNEL_NAME },
  })
  let salesChannelId = channels[0]?.id
  if (!salesChannelId) {
    const { result } = await createSalesChannelsWorkflow(ctx.container).run({
      input: {
        salesChannelsData: [
          { name: SALES_CHANNEL_NAME, description: "자활장터 온라인 스토어프론트 판매 채널" },
        ],
      },
    })
    salesChannelId = result[0].id
    ctx.log(`판매 채널 생성: ${SALES_CHANNEL_NAME}`)
  }
  ctx.salesChannelId = salesChannelId

  const { data: stores } = await query.graph({ entity: "store", fields: ["id", "name"] })
  const supported_currencies = [{ currency_code: "krw", is_default: true, is_tax_inclusive: true }]
  if (!stores.length) {
    await createStoresWorkflow(ctx.container).run({
      input: {
        stores: [{ name: STORE_NAME, supported_currencies, default_sales_channel_id: salesChannelId }],
      },
    })
  } else {
    await updateStoresWorkflow(ctx.container).run({
      input: {
        selector: { id: stores[0].id },
        update: { name: STORE_NAME, supported_currencies, default_sales_channel_id: salesChannelId },
      },
    })
  }
  ctx.log("스토어 설정: 자활장터, 통화 KRW(부가세 포함 가격)")
}

/** Whether this database was already seeded (the launcher checks the same marker in SQL). */
export async function isSeeded(ctx: SeedContext): Promise<boolean> {
  const { data } = await queryOf(ctx.container).graph({ entity: "store", fields: ["id", "metadata"] })
  return Boolean(data[0]?.metadata?.jahwal_seed_version)
}

export async function markSeeded(ctx: SeedContext, version: string) {
  const { data } = await queryOf(ctx.container).graph({ entity: "store", fields: ["id", "metadata"] })
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: data[0].id },
      update: {
        metadata: {
          ...(data[0].metadata ?? {}),
          jahwal_seed_version: version,
          jahwal_seeded_at: new Date().toISOString(),
        },
      },
    },
  })
}
