import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One record by filters through Query, or a 404 with the given Korean message. */
export async function fetchOneOr404(
  req: MedusaRequest,
  entity: string,
  fields: string[],
  filters: Record<string, unknown>,
  notFound: string
): Promise<Record<string, unknown>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, notFound)
  return data[0] as Record<string, unknown>
}
