import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInstitutionWorkflow } from "../../../workflows/institutions/workflows/create-institution"
import { ADMIN_INSTITUTION_FIELDS } from "./fields"
import type { AdminCreateInstitutionType, AdminListInstitutionsQueryType } from "./validators"

/** GET /admin/institutions — institutions by 기관명 (q) or for one customer (customer_id). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListInstitutionsQueryType>, res: MedusaResponse) {
  const { limit, offset, q, customer_id } = req.validatedQuery as AdminListInstitutionsQueryType
  const filters: Record<string, unknown> = {}
  if (q) filters.name = { $ilike: `%${q}%` }
  if (customer_id) filters.customer_id = customer_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: institutions, metadata } = await query.graph({
    entity: "institution",
    fields: ADMIN_INSTITUTION_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ institutions, count: metadata?.count ?? institutions.length, limit, offset })
}

/** POST /admin/institutions — marks a customer account as an institution. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateInstitutionType>, res: MedusaResponse) {
  const { result } = await createInstitutionWorkflow(req.scope).run({ input: req.validatedBody })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "institution", fields: ADMIN_INSTITUTION_FIELDS, filters: { id: result.id } })
  res.status(201).json({ institution: data[0] })
}
