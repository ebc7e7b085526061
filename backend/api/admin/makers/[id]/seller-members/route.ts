import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_INVITE_FIELDS, SELLER_MEMBER_FIELDS } from "../../../../seller/members/fields"
import { fetchOneOr404 } from "../../../../utils/fetch-one"

/** A maker's 판매자센터 members and pending invites, for its admin page. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const maker_id = req.params.id
  // an unknown maker is a 404, not an empty list (found by tests/integration/route-fuzz.test.ts)
  await fetchOneOr404(req, "maker", ["id"], { id: maker_id }, `만든 곳을 찾을 수 없습니다: ${maker_id}`)
  const { data: members } = await query.graph({ entity: "seller_member", fields: SELLER_MEMBER_FIELDS, filters: { maker_id } })
  const { data: invites } = await query.graph({
    entity: "seller_invite",
    fields: [...SELLER_INVITE_FIELDS, "accepted_at"],
    filters: { maker_id, accepted_at: null, expires_at: { $gt: new Date() } },
  })
  res.json({ members, invites })
}
