import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import { assertNameHasText } from "../normalize-input"
import type { CenterInput } from "../types"

export const validateCenterInputStepId = "validate-center-input"

/** Unique handle; a local center needs a regional parent, a regional center has none. */
export const validateCenterInputStep = createStep(
  validateCenterInputStepId,
  async (input: { id?: string; data: Partial<CenterInput> }, { container }) => {
    assertNameHasText(input.data.name)
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const current = input.id ? await makers.retrieveCenter(input.id) : null
    const data = { ...current, ...input.data }

    if (input.data.handle) {
      const same = await makers.listCenters({ handle: input.data.handle })
      if (same.some((c) => c.id !== input.id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `이미 사용 중인 핸들입니다: ${input.data.handle}`)
      }
    }
    if (data.level === "regional" && data.parent_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "광역자활센터는 상위 센터를 가질 수 없습니다.")
    }
    if (data.level === "local") {
      if (!data.parent_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "지역자활센터에는 상위 광역자활센터(parent_id)가 필요합니다.")
      }
      const parents = await makers.listCenters({ id: data.parent_id })
      if (!parents.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `알 수 없는 상위 센터입니다: ${data.parent_id}`)
      }
      if (parents[0].level !== "regional") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "상위 센터는 광역자활센터여야 합니다.")
      }
    }
    return new StepResponse(undefined)
  }
)
