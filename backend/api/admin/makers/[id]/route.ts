import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchOneOr404 } from "../../../utils/fetch-one"
import { updateMakerWorkflow } from "../../../../workflows/makers/workflows/update-maker"
import { ADMIN_MAKER_FIELDS } from "../fields"
import type { AdminUpdateMakerType } from "../validators"

const MAKER_DETAIL_FIELDS = [...ADMIN_MAKER_FIELDS, "products.id", "products.title", "products.handle", "products.status"]

const fetchMaker = (req: AuthenticatedMedusaRequest, id: string) =>
  fetchOneOr404(req, "maker", MAKER_DETAIL_FIELDS, { id }, `만든 곳을 찾을 수 없습니다: ${id}`)

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ maker: await fetchMaker(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateMakerType>, res: MedusaResponse) {
  await fetchMaker(req, req.params.id)
  await updateMakerWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ maker: await fetchMaker(req, req.params.id) })
}
