import { ADMIN_CENTER_FIELDS } from "./fields"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCenterWorkflow } from "../../../workflows/makers/workflows/create-center"
import type { AdminCreateCenterType, AdminListCentersQueryType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListCentersQueryType>, res: MedusaResponse) {
  const { limit, offset, level, q } = req.validatedQuery as AdminListCentersQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (level) filters.level = level
  if (q) filters.name = { $ilike: `%${q}%` }
  const { data: centers, metadata } = await query.graph({
    entity: "center",
    fields: ADMIN_CENTER_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ centers, count: metadata?.count ?? centers.length, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCenterType>, res: MedusaResponse) {
  const { result } = await createCenterWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ center: result })
}
