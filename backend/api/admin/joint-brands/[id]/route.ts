import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchOneOr404 } from "../../../utils/fetch-one"
import { updateJointBrandWorkflow } from "../../../../workflows/makers/workflows/update-joint-brand"
import { ADMIN_BRAND_FIELDS } from "../fields"
import type { AdminUpdateJointBrandType } from "../validators"

const fetchBrand = (req: AuthenticatedMedusaRequest, id: string) =>
  fetchOneOr404(req, "joint_brand", ADMIN_BRAND_FIELDS, { id }, `공동브랜드를 찾을 수 없습니다: ${id}`)

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ joint_brand: await fetchBrand(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateJointBrandType>, res: MedusaResponse) {
  await fetchBrand(req, req.params.id)
  await updateJointBrandWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ joint_brand: await fetchBrand(req, req.params.id) })
}
