import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import { assertNameHasText } from "../normalize-input"
import type { JointBrandInput } from "../types"

export const validateJointBrandInputStepId = "validate-joint-brand-input"

/** Unique handle, owned by a regional center, members are existing makers. */
export const validateJointBrandInputStep = createStep(
  validateJointBrandInputStepId,
  async (input: { id?: string; data: Partial<JointBrandInput> }, { container }) => {
    assertNameHasText(input.data.name)
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    if (input.id) await makers.retrieveJointBrand(input.id)

    if (input.data.handle) {
      const same = await makers.listJointBrands({ handle: input.data.handle })
      if (same.some((b) => b.id !== input.id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `이미 사용 중인 핸들입니다: ${input.data.handle}`)
      }
    }
    if (input.data.owner_center_id) {
      const centers = await makers.listCenters({ id: input.data.owner_center_id })
      if (!centers.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `알 수 없는 자활센터입니다: ${input.data.owner_center_id}`)
      }
      if (centers[0].level !== "regional") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "공동브랜드는 광역자활센터가 소유합니다.")
      }
    }
    const memberIds = [...new Set(input.data.member_ids ?? [])]
    if (memberIds.length) {
      const found = await makers.listMakers({ id: memberIds }, { select: ["id"] })
      const missing = memberIds.filter((id) => !found.some((m) => m.id === id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `알 수 없는 만든 곳입니다: ${missing.join(", ")}`)
      }
    }
    return new StepResponse(undefined)
  }
)
