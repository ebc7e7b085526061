import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * validateAndTransformBody, but the 400 carries our own Korean message: Medusa's formatter
 * rewrites size and required-field issues into English, which a customer should never see.
 * The schema must give every check a Korean message.
 */
export function validateKoreanBody<T extends z.ZodType>(schema: T) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await schema.safeParseAsync(req.body ?? {})
    if (!result.success) {
      const issue = result.error.issues[0]
      const message = issue?.code === "unrecognized_keys" ? `알 수 없는 항목입니다: ${issue.keys.join(", ")}` : issue?.message
      throw new MedusaError(MedusaError.Types.INVALID_DATA, message || "입력값이 올바르지 않습니다.")
    }
    req.validatedBody = result.data
    next()
  }
}
