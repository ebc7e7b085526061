import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { koreanIssueMessage } from "./korean-issue"

/**
 * validateAndTransformQuery, but the 400 carries the schema's own (Korean) messages:
 * Medusa's formatter replaces too_small/too_big/enum/unknown-key messages with English ones.
 * Twin of validate-korean-body.ts for query strings.
 */
export function validateKoreanQuery(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query)
    if (!parsed.success) {
      const messages = parsed.error.issues.slice(0, 3).map((issue) =>
        issue.code === "unrecognized_keys" ? `알 수 없는 검색 조건입니다: ${issue.keys.join(", ")}` : koreanIssueMessage(issue)
      )
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `검색 조건이 올바르지 않습니다: ${[...new Set(messages)].join("; ")}`)
    }
    req.validatedQuery = parsed.data as Record<string, unknown>
    next()
  }
}
