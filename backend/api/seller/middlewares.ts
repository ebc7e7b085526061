import type { MiddlewareRoute } from "@medusajs/framework/http"
import { ListingChangesQuery } from "../utils/listing-changes"
import { validateKoreanBody } from "../utils/validate-korean-body"
import { validateKoreanQuery } from "../utils/validate-korean-query"
import { refuseSuspendedSellerLogin, sellerGuard } from "./guard"
import { SellerAcceptInvite, SellerInvitePreviewQuery } from "./invites/accept/validators"
import { singleImageUpload } from "../utils/image-upload"
import { rejectUnstorableText } from "../utils/reject-unstorable-text"
import { SellerUpdateMaker, SellerUploadLogo } from "./maker/validators"
import { SellerCreateInvite } from "./members/validators"
import { sellerImageMiddlewares } from "./products/[id]/images/middlewares"
import { SellerCreateProduct, SellerListProductsQuery, SellerUpdateProduct, SellerUpdateVariant } from "./products/validators"

/**
 * 판매자센터. The guard is mounted on the `/seller` prefix without a method, which Medusa sorts
 * before every method-bound middleware and route: it runs first for every /seller/* request,
 * so a new route file is guarded the day it lands (allow-list: SELLER_PUBLIC_ROUTES).
 * Every other entry names its methods (tests/integration/seller-guard.test.ts checks both).
 */
export const SELLER_GUARD_ROUTE: MiddlewareRoute = { matcher: "/seller", middlewares: [sellerGuard] }

export const sellerMiddlewares: MiddlewareRoute[] = [
  SELLER_GUARD_ROUTE,
  { method: ["POST"], matcher: "/auth/seller/emailpass", middlewares: [refuseSuspendedSellerLogin] },
  { method: ["GET"], matcher: "/seller/invites/accept", middlewares: [validateKoreanQuery(SellerInvitePreviewQuery)] },
  { method: ["POST"], matcher: "/seller/invites/accept", middlewares: [validateKoreanBody(SellerAcceptInvite)] },
  { method: ["POST"], matcher: "/seller/maker", middlewares: [validateKoreanBody(SellerUpdateMaker)] },
  // multipart: the input guard runs again on the text fields multer parsed (see images/middlewares.ts)
  { method: ["POST"], matcher: "/seller/maker/logo", middlewares: [singleImageUpload, rejectUnstorableText, validateKoreanBody(SellerUploadLogo)] },
  { method: ["POST"], matcher: "/seller/members", middlewares: [validateKoreanBody(SellerCreateInvite)] },
  { method: ["GET"], matcher: "/seller/products", middlewares: [validateKoreanQuery(SellerListProductsQuery)] },
  { method: ["POST"], matcher: "/seller/products", middlewares: [validateKoreanBody(SellerCreateProduct)] },
  { method: ["POST"], matcher: "/seller/products/:id", middlewares: [validateKoreanBody(SellerUpdateProduct)] },
  { method: ["POST"], matcher: "/seller/products/:id/variants/:variant_id", middlewares: [validateKoreanBody(SellerUpdateVariant)] },
  { method: ["GET"], matcher: "/seller/products/:id/changes", middlewares: [validateKoreanQuery(ListingChangesQuery)] },
  ...sellerImageMiddlewares,
]
