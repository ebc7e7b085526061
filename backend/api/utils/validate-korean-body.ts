import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { koreanIssueMessage } from "./korean-issue"

/**
 * validateAndTransformBody, but the 400 carries our own Korean message: Medusa's formatter
 * rewrites size and required-field issues into English, which a customer should never see.
 * A check without a Korean message of its own is worded by koreanIssueMessage.
 */
export function validateKoreanBody<T extends z.ZodType>(schema: T) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await schema.safeParseAsync(req.body ?? {})
    if (!result.success) {
      const issue = result.error.issues[0]
      throw new MedusaError(MedusaError.Types.INVALID_DATA, issue ? koreanIssueMessage(issue) : "입력값이 올바르지 않습니다.")
    }
    req.validatedBody = result.data
    next()
  }
}
