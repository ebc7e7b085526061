import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateJointBrandWorkflow } from "../../../../workflows/makers/workflows/update-joint-brand"
import { ADMIN_BRAND_FIELDS } from "../fields"
import type { AdminUpdateJointBrandType } from "../validators"

async function fetchBrand(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "joint_brand", fields: ADMIN_BRAND_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `공동브랜드를 찾을 수 없습니다: ${id}`)
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ joint_brand: await fetchBrand(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateJointBrandType>, res: MedusaResponse) {
  await fetchBrand(req, req.params.id)
  await updateJointBrandWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ joint_brand: await fetchBrand(req, req.params.id) })
}
