import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INSTITUTION_ERRORS } from "../../../../workflows/institutions/errors"
import { deleteInstitutionWorkflow } from "../../../../workflows/institutions/workflows/delete-institution"
import { updateInstitutionWorkflow } from "../../../../workflows/institutions/workflows/update-institution"
import { fetchOneOr404 } from "../../../utils/fetch-one"
import { ADMIN_INSTITUTION_FIELDS } from "../fields"
import type { AdminUpdateInstitutionType } from "../validators"

const oneInstitution = (req: AuthenticatedMedusaRequest, id: string) =>
  fetchOneOr404(req, "institution", ADMIN_INSTITUTION_FIELDS, { id }, INSTITUTION_ERRORS.notFound)

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ institution: await oneInstitution(req, req.params.id) })
}

/** POST /admin/institutions/:id — edits 기관명, 사업자등록번호, 담당자 and contact. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateInstitutionType>, res: MedusaResponse) {
  await updateInstitutionWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ institution: await oneInstitution(req, req.params.id) })
}

/** DELETE /admin/institutions/:id — the customer is no longer an institution. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteInstitutionWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "institution", deleted: true })
}
