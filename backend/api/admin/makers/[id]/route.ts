import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateMakerWorkflow } from "../../../../workflows/makers/workflows/update-maker"
import { ADMIN_MAKER_FIELDS } from "../fields"
import type { AdminUpdateMakerType } from "../validators"

async function fetchMaker(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "maker",
    fields: [...ADMIN_MAKER_FIELDS, "products.id", "products.title", "products.handle", "products.status"],
    filters: { id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `만든 곳을 찾을 수 없습니다: ${id}`)
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ maker: await fetchMaker(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateMakerType>, res: MedusaResponse) {
  await fetchMaker(req, req.params.id)
  await updateMakerWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ maker: await fetchMaker(req, req.params.id) })
}
