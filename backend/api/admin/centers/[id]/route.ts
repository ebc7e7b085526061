import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCenterWorkflow } from "../../../../workflows/makers/workflows/update-center"
import { ADMIN_CENTER_FIELDS } from "../fields"
import type { AdminUpdateCenterType } from "../validators"

async function fetchCenter(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "center", fields: ADMIN_CENTER_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `자활센터를 찾을 수 없습니다: ${id}`)
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ center: await fetchCenter(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCenterType>, res: MedusaResponse) {
  await fetchCenter(req, req.params.id)
  await updateCenterWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ center: await fetchCenter(req, req.params.id) })
}
