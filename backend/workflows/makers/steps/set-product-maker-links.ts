import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"

export const setProductMakerLinksStepId = "set-product-maker-links"

export type ProductMakerLinks = { product_id: string; maker_id: string; joint_brand_id?: string | null }
type Current = { product_id: string; maker_id: string | null; joint_brand_id: string | null }

const makerLink = (product_id: string, maker_id: string) => ({
  [Modules.PRODUCT]: { product_id },
  [MAKERS_MODULE]: { maker_id },
})
const brandLink = (product_id: string, joint_brand_id: string) => ({
  [Modules.PRODUCT]: { product_id },
  [MAKERS_MODULE]: { joint_brand_id },
})

async function apply(container: MedusaContainer, from: Current, to: Current) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const dismiss = []
  const create = []
  if (from.maker_id !== to.maker_id) {
    if (from.maker_id) dismiss.push(makerLink(from.product_id, from.maker_id))
    if (to.maker_id) create.push(makerLink(to.product_id, to.maker_id))
  }
  if (from.joint_brand_id !== to.joint_brand_id) {
    if (from.joint_brand_id) dismiss.push(brandLink(from.product_id, from.joint_brand_id))
    if (to.joint_brand_id) create.push(brandLink(to.product_id, to.joint_brand_id))
  }
  if (dismiss.length) await link.dismiss(dismiss)
  if (create.length) await link.create(create)
}

/**
 * Points a product at its one maker (and optionally one joint brand). `joint_brand_id: null`
 * removes the brand, leaving it out keeps it. The compensation restores the previous links.
 */
export const setProductMakerLinksStep = createStep(
  setProductMakerLinksStepId,
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
    const from: Current = {
      product_id: input.product_id,
      maker_id: product.maker?.id ?? null,
      joint_brand_id: product.joint_brand?.id ?? null,
    }
    const to: Current = {
      product_id: input.product_id,
      maker_id: input.maker_id,
      joint_brand_id: input.joint_brand_id === undefined ? from.joint_brand_id : input.joint_brand_id,
    }
    await apply(container, from, to)
    return new StepResponse(to, { from, to })
  },
  async (undo, { container }) => {
    if (!undo) return
    await apply(container, undo.to, undo.from)
  }
)
