import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createMakerWorkflow } from "../../../workflows/makers/workflows/create-maker"
import { ADMIN_MAKER_FIELDS } from "./fields"
import type { AdminCreateMakerType, AdminListMakersQueryType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListMakersQueryType>, res: MedusaResponse) {
  const { limit, offset, q, center_id, status } = req.validatedQuery as AdminListMakersQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (q) filters.name = { $ilike: `%${q}%` }
  if (center_id) filters.center_id = center_id
  if (status) filters.status = status
  const { data: makers, metadata } = await query.graph({
    entity: "maker",
    fields: ADMIN_MAKER_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ makers, count: metadata?.count ?? makers.length, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateMakerType>, res: MedusaResponse) {
  const { result } = await createMakerWorkflow(req.scope).run({ input: req.validatedBody })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "maker", fields: ADMIN_MAKER_FIELDS, filters: { id: result.id } })
  res.status(201).json({ maker: data[0] })
}
