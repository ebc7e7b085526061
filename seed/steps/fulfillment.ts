import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { queryOf, SeedContext, STOCK_LOCATION_NAME } from "../context"

const FULFILLMENT_SET_NAME = "자활장터 택배 배송"
/** Flat parcel fee until the per-maker shipping rules arrive (업체별 배송, a later issue). */
const PARCEL_FEE_KRW = 3000

/** Stock location, shipping profile, a Korea-wide service zone and a parcel shipping option. */
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

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id", "fulfillment_sets.service_zones.id"],
    filters: { name: STOCK_LOCATION_NAME },
  })
  if (locations[0]) {
    ctx.stockLocationId = locations[0].id
    return
  }

  const { result: created } = await createStockLocationsWorkflow(ctx.container).run({
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
  const location = created[0]
  ctx.stockLocationId = location.id

  await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
    input: { id: location.id, add: [ctx.salesChannelId!] },
  })
  const link = ctx.container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  await createLocationFulfillmentSetWorkflow(ctx.container).run({
    input: { location_id: location.id, fulfillment_set_data: { name: FULFILLMENT_SET_NAME, type: "shipping" } },
  })
  const { data: withSets } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: location.id },
  })
  const fulfillmentSetId = withSets[0].fulfillment_sets![0]!.id

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

  await createShippingOptionsWorkflow(ctx.container).run({
    input: [
      {
        name: "택배 배송",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zones[0].id,
        shipping_profile_id: ctx.shippingProfileId!,
        type: { label: "택배", description: "결제 후 1~3일 이내 출고", code: "parcel" },
        prices: [
          { currency_code: "krw", amount: PARCEL_FEE_KRW },
          { region_id: ctx.regionId!, amount: PARCEL_FEE_KRW },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  ctx.log(`재고 위치와 배송 설정 생성: ${STOCK_LOCATION_NAME}, 택배 ${PARCEL_FEE_KRW}원`)
}
