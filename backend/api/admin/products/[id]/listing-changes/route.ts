import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchOneOr404 } from "../../../../utils/fetch-one"
import { readListingChanges, type ListingChangesQueryType } from "../../../../utils/listing-changes"

/** Staff read a product's price/stock change log (any maker), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await fetchOneOr404(req, "product", ["id"], { id: req.params.id }, `상품을 찾을 수 없습니다: ${req.params.id}`)
  res.json(await readListingChanges(req, { product_id: req.params.id }, req.validatedQuery as ListingChangesQueryType))
}
