import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchOneOr404 } from "../../../utils/fetch-one"
import { updateCenterWorkflow } from "../../../../workflows/makers/workflows/update-center"
import { ADMIN_CENTER_FIELDS } from "../fields"
import type { AdminUpdateCenterType } from "../validators"

const fetchCenter = (req: AuthenticatedMedusaRequest, id: string) =>
  fetchOneOr404(req, "center", ADMIN_CENTER_FIELDS, { id }, `자활센터를 찾을 수 없습니다: ${id}`)

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ center: await fetchCenter(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCenterType>, res: MedusaResponse) {
  await fetchCenter(req, req.params.id)
  await updateCenterWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ center: await fetchCenter(req, req.params.id) })
}
