import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { changedLinks, createLinks, dismissLinks, type ProductLinks } from "./product-maker-links"

export const dismissProductMakerLinksStepId = "dismiss-product-maker-links"

export type ProductMakerLinks = { product_id: string; maker_id: string; joint_brand_id?: string | null }
export type ProductLinksChange = { from: ProductLinks; to: ProductLinks }

/**
 * First half of pointing a product at its maker (and joint brand): works out the links wanted
 * (`joint_brand_id: null` removes the brand, leaving it out keeps it) and removes the current
 * links that change. Returns both sides; the compensation links the removed ones again.
 */
export const dismissProductMakerLinksStep = createStep(
  dismissProductMakerLinksStepId,
  async (input: ProductMakerLinks, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "maker.id", "joint_brand.id"],
      filters: { id: input.product_id },
    })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품을 찾을 수 없습니다: ${input.product_id}`)
    }
    const product = data[0] as unknown as { maker?: { id: string } | null; joint_brand?: { id: string } | null }
    const from: ProductLinks = {
      product_id: input.product_id,
      maker_id: product.maker?.id ?? null,
      joint_brand_id: product.joint_brand?.id ?? null,
    }
    const to: ProductLinks = {
      product_id: input.product_id,
      maker_id: input.maker_id,
      joint_brand_id: input.joint_brand_id === undefined ? from.joint_brand_id : input.joint_brand_id,
    }
    await dismissLinks(container, changedLinks(from, to))
    const change: ProductLinksChange = { from, to }
    return new StepResponse(change, change)
  },
  async (change, { container }) => {
    if (!change) return
    await createLinks(container, changedLinks(change.from, change.to))
  }
)
