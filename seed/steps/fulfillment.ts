import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  deleteShippingOptionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MAKER_SHIPPING_PROVIDER_ID } from "../../backend/modules/maker-shipping/context"
import { queryOf, SeedContext, STOCK_LOCATION_NAME } from "../context"

const FULFILLMENT_SET_NAME = "자활장터 택배 배송"
const MANUAL_PROVIDER_ID = "manual_manual"
/** 업체별 배송: one calculated option; its price is the sum of the makers' parcel fees. */
const PARCEL_OPTION_NAME = "택배 (업체별 배송)"
/** The flat 3,000원 option seed version 3 made; replaced, other options staff made are kept. */
const LEGACY_FLAT_OPTION_NAME = "택배 배송"

type LocationRow = {
  id: string
  fulfillment_providers?: ({ id: string } | null)[]
  fulfillment_sets?: ({ id: string; service_zones?: ({ id: string } | null)[] } | null)[]
}

/**
 * Stock location, shipping profile, a Korea-wide service zone and the parcel option priced per
 * maker. Each part is looked up before it is made, so a database seeded before 업체별 배송
 * (seed version 3, a flat 3,000원 option) gets the calculated option in place of the flat one.
 */
export async function ensureFulfillment(ctx: SeedContext) {
  const query = queryOf(ctx.container)

  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  if (profiles[0]) {
    ctx.shippingProfileId = profiles[0].id
  } else {
    const { result } = await createShippingProfilesWorkflow(ctx.container).run({
      input: { data: [{ name: "기본 배송", type: "default" }] },
    })
    ctx.shippingProfileId = result[0].id
  }

  const location = await ensureStockLocation(ctx)
  ctx.stockLocationId = location.id
  const zoneId = await ensureServiceZone(ctx, location)
  await ensureParcelOption(ctx, zoneId)
}

async function readLocation(ctx: SeedContext): Promise<LocationRow | undefined> {
  const { data } = await queryOf(ctx.container).graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.service_zones.id"],
    filters: { name: STOCK_LOCATION_NAME },
  })
  return data[0] as unknown as LocationRow | undefined
}

async function ensureStockLocation(ctx: SeedContext): Promise<LocationRow> {
  let location = await readLocation(ctx)
  if (!location) {
    const { result } = await createStockLocationsWorkflow(ctx.container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: {
              address_1: "광주광역시 서구 죽봉대로 38번길 25",
              city: "광주광역시",
              country_code: "KR",
              postal_code: "61947",
            },
          },
        ],
      },
    })
    await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
      input: { id: result[0].id, add: [ctx.salesChannelId!] },
    })
    ctx.log(`재고 위치 생성: ${STOCK_LOCATION_NAME}`)
    location = (await readLocation(ctx))!
  }

  // The location may ship with both providers: manual (Medusa's default) and 업체별 배송.
  const linked = new Set((location.fulfillment_providers ?? []).flatMap((p) => (p ? [p.id] : [])))
  const link = ctx.container.resolve(ContainerRegistrationKeys.LINK)
  for (const providerId of [MANUAL_PROVIDER_ID, MAKER_SHIPPING_PROVIDER_ID].filter((id) => !linked.has(id))) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: providerId },
    })
  }
  return location
}

async function ensureServiceZone(ctx: SeedContext, location: LocationRow): Promise<string> {
  const existing = location.fulfillment_sets?.find(Boolean)?.service_zones?.find(Boolean)
  if (existing) return existing.id

  let fulfillmentSetId = location.fulfillment_sets?.find(Boolean)?.id
  if (!fulfillmentSetId) {
    await createLocationFulfillmentSetWorkflow(ctx.container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: FULFILLMENT_SET_NAME, type: "shipping" } },
    })
    fulfillmentSetId = (await readLocation(ctx))!.fulfillment_sets!.find(Boolean)!.id
  }
  const { result: zones } = await createServiceZonesWorkflow(ctx.container).run({
    input: {
      data: [
        {
          fulfillment_set_id: fulfillmentSetId,
          name: "대한민국 전역",
          geo_zones: [{ type: "country", country_code: "kr" }],
        },
      ],
    },
  })
  return zones[0].id
}

async function ensureParcelOption(ctx: SeedContext, zoneId: string) {
  const { data } = await queryOf(ctx.container).graph({
    entity: "shipping_option",
    fields: ["id", "name", "provider_id", "price_type"],
    filters: { service_zone_id: zoneId },
  })
  const options = data as unknown as { id: string; name: string; provider_id: string; price_type: string }[]
  if (!options.some((o) => o.provider_id === MAKER_SHIPPING_PROVIDER_ID)) {
    await createShippingOptionsWorkflow(ctx.container).run({
      input: [
        {
          name: PARCEL_OPTION_NAME,
          price_type: "calculated",
          provider_id: MAKER_SHIPPING_PROVIDER_ID,
          service_zone_id: zoneId,
          shipping_profile_id: ctx.shippingProfileId!,
          data: { id: "maker-shipping" },
          type: {
            label: "택배",
            description: "만든 곳마다 따로 발송, 결제 후 1~3일 이내 출고",
            code: "parcel",
          },
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
    ctx.log(`배송 옵션 생성: ${PARCEL_OPTION_NAME} (만든 곳별 배송비)`)
  }

  // Left in place, customers would see two parcel options.
  const flat = options.filter(
    (o) => o.name === LEGACY_FLAT_OPTION_NAME && o.provider_id === MANUAL_PROVIDER_ID && o.price_type === "flat"
  )
  if (flat.length) {
    await deleteShippingOptionsWorkflow(ctx.container).run({ input: { ids: flat.map((o) => o.id) } })
    ctx.log(`정액 택배 옵션 ${flat.length}개를 업체별 배송으로 교체`)
  }
}
