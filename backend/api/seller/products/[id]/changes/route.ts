import type { MedusaResponse } from "@medusajs/framework/http"
import { readListingChanges, type ListingChangesQueryType } from "../../../../utils/listing-changes"
import { findOwnProductOr404, sellerOf } from "../../../scope"
import type { SellerRequest } from "../../../types"

/** 가격·재고 변경 기록 of an own product: who changed what, when, old → new, newest first. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  await findOwnProductOr404(req, req.params.id)
  const paging = req.validatedQuery as ListingChangesQueryType
  res.json(await readListingChanges(req, { product_id: req.params.id, maker_id: sellerOf(req).maker_id }, paging))
}
