import { ADMIN_BRAND_FIELDS } from "./fields"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createJointBrandWorkflow } from "../../../workflows/makers/workflows/create-joint-brand"
import type { AdminCreateJointBrandType, AdminListJointBrandsQueryType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListJointBrandsQueryType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminListJointBrandsQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: joint_brands, metadata } = await query.graph({
    entity: "joint_brand",
    fields: ADMIN_BRAND_FIELDS,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ joint_brands, count: metadata?.count ?? joint_brands.length, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateJointBrandType>, res: MedusaResponse) {
  const { result } = await createJointBrandWorkflow(req.scope).run({ input: req.validatedBody })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "joint_brand", fields: ADMIN_BRAND_FIELDS, filters: { id: result.id } })
  res.status(201).json({ joint_brand: data[0] })
}
