import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertSellerCategory } from "./resolve-seller-product-context"

export const validateSellerProductUpdateStepId = "validate-seller-product-update"

/**
 * Content edits (title, description, category) of a published product must not change the live
 * product before staff approve them; until revisions exist (issue #11, 상품 승인) they are
 * refused with a Korean 400 rather than applied. Price and stock are edited per variant.
 */
export const validateSellerProductUpdateStep = createStep(
  validateSellerProductUpdateStepId,
  async (input: { status: string; category_id?: string; has_content: boolean }, { container }) => {
    if (input.has_content && input.status === "published") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "판매 중인 상품의 상품명·설명·카테고리 변경은 센터 승인 후 반영됩니다. 승인 요청 기능이 준비될 때까지 자활센터에 요청해 주세요."
      )
    }
    await assertSellerCategory(container, input.category_id)
    return new StepResponse(true)
  }
)
