import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { koreanIssuesMessage } from "./korean-issue"

/**
 * Checks the route's path parameters with a zod schema (Medusa validates only body and query);
 * a bad one is a 400 with the schema's Korean message.
 */
export function validateParams(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.params)
    if (result.success) return next()
    next(new MedusaError(MedusaError.Types.INVALID_DATA, koreanIssuesMessage(result.error.issues, 10)))
  }
}
