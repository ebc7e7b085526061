import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { SellerRole } from "../../lib/seller/seller-mail"

/** Who is calling 판매자센터, resolved by the guard from the auth context only. */
export type SellerContext = { member_id: string; maker_id: string; role: SellerRole }

/** A request that passed the seller guard. */
export type SellerRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<Body, Query> & {
  seller?: SellerContext
}
