import { randomBytes } from "node:crypto"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveSellerProductContextStepId = "resolve-seller-product-context"

export type SellerProductContext = {
  maker_handle: string
  handle: string
  sales_channel_id: string
  stock_location_id: string
  shipping_profile_id: string
}

/** A category a seller may pick: one that exists and is active (Korean 400 otherwise). */
export async function assertSellerCategory(container: { resolve: (k: string) => unknown }, categoryId: string | undefined) {
  if (!categoryId) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as { graph: (q: object) => Promise<{ data: { id: string; is_active: boolean }[] }> }
  const { data } = await query.graph({ entity: "product_category", fields: ["id", "is_active"], filters: { id: categoryId } })
  if (!data[0]?.is_active) throw new MedusaError(MedusaError.Types.INVALID_DATA, `알 수 없는 카테고리입니다: ${categoryId}`)
}

type Container = { resolve: (k: string) => unknown }
type Query = { graph: (q: object) => Promise<{ data: Record<string, unknown>[] }> }

/** The shop's default sales channel, its (first) stock location and the default shipping profile. */
export async function shopPlacement(container: Container) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as Query
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const salesChannelId = stores[0]?.default_sales_channel_id as string | undefined
  const { data: channels } = salesChannelId
    ? await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } })
    : { data: [] }
  const locationId = ((channels[0]?.stock_locations ?? []) as { id: string }[])[0]?.id
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id", "type"] })
  const profile = (profiles as { id: string; type: string }[]).find((p) => p.type === "default") ?? (profiles[0] as { id: string } | undefined)
  if (!salesChannelId || !locationId || !profile) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "상점 설정(판매 채널, 창고, 배송 프로필)이 준비되지 않았습니다.")
  }
  return { sales_channel_id: salesChannelId, stock_location_id: locationId, shipping_profile_id: profile.id }
}

/**
 * Where a seller's new product goes: the shop's default sales channel, its stock location and
 * the default shipping profile (one shop, one warehouse), plus a fresh handle under the maker's.
 * Reads only.
 */
export const resolveSellerProductContextStep = createStep(
  resolveSellerProductContextStepId,
  async (input: { maker_id: string; category_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    await assertSellerCategory(container, input.category_id)
    const { data: makers } = await query.graph({ entity: "maker", fields: ["handle"], filters: { id: input.maker_id } })
    if (!makers[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "만든 곳을 찾을 수 없습니다.")
    const makerHandle = makers[0].handle as string
    return new StepResponse<SellerProductContext>({
      maker_handle: makerHandle,
      handle: `${makerHandle}-${randomBytes(4).toString("hex")}`,
      ...(await shopPlacement(container)),
    })
  }
)
