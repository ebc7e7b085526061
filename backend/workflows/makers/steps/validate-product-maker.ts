import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import type { ProductMakerLinks } from "./dismiss-product-maker-links"

export const validateProductMakerStepId = "validate-product-maker"

export const validateProductMakerStep = createStep(
  validateProductMakerStepId,
  async (input: ProductMakerLinks, { container }) => {
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const [maker] = await makers.listMakers({ id: input.maker_id })
    if (!maker) throw new MedusaError(MedusaError.Types.INVALID_DATA, `알 수 없는 만든 곳입니다: ${input.maker_id}`)
    if (input.joint_brand_id) {
      const [brand] = await makers.listJointBrands({ id: input.joint_brand_id })
      if (!brand) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `알 수 없는 공동브랜드입니다: ${input.joint_brand_id}`)
      }
    }
    return new StepResponse(undefined)
  }
)
