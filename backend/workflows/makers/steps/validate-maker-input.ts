import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeBusinessNumber } from "../../../lib/korean/business-number"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import { assertNameHasText } from "../normalize-input"
import type { MakerInput } from "../types"

export const validateMakerInputStepId = "validate-maker-input"

const isWholeWon = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0

/**
 * Unique handle, an existing center, a 사업자등록번호 with a valid check digit, shipping
 * amounts in whole non-negative won.
 */
export const validateMakerInputStep = createStep(
  validateMakerInputStepId,
  async (input: { id?: string; data: Partial<MakerInput> }, { container }) => {
    assertNameHasText(input.data.name)
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    if (input.id) await makers.retrieveMaker(input.id) // 404 for an unknown maker

    if (input.data.handle) {
      const same = await makers.listMakers({ handle: input.data.handle })
      if (same.some((m) => m.id !== input.id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `이미 사용 중인 핸들입니다: ${input.data.handle}`)
      }
    }
    if (input.data.center_id) {
      const centers = await makers.listCenters({ id: input.data.center_id })
      if (!centers.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `알 수 없는 자활센터입니다: ${input.data.center_id}`)
      }
    }
    const brn = input.data.business_registration_number
    if (brn && !normalizeBusinessNumber(brn)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `사업자등록번호 형식이 올바르지 않습니다(000-00-00000, 검증번호 확인): ${brn}`
      )
    }
    const { shipping_base_fee: fee, free_shipping_threshold: threshold } = input.data
    if (fee !== undefined && !isWholeWon(fee)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `기본 배송비는 0원 이상의 원 단위 정수여야 합니다: ${fee}`)
    }
    if (threshold !== undefined && threshold !== null && !isWholeWon(threshold)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `무료배송 기준 금액은 0원 이상의 원 단위 정수여야 합니다: ${threshold}`
      )
    }
    return new StepResponse(undefined)
  }
)
