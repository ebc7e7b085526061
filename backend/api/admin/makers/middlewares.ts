import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateCenter, AdminListCentersQuery, AdminUpdateCenter } from "../centers/validators"
import { AdminCreateJointBrand, AdminListJointBrandsQuery, AdminUpdateJointBrand } from "../joint-brands/validators"
import { AdminSetProductMaker } from "../products/[id]/maker/validators"
import { AdminMakerSalesQuery } from "../reports/maker-sales/validators"
import { SellerCreateInvite } from "../../seller/members/validators"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { AdminCreateMaker, AdminListMakersQuery, AdminUpdateMaker } from "./validators"

/** Validation for the admin routes of the makers domain (centers, makers, brands, report). */
export const adminMakersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/makers", middlewares: [validateAndTransformQuery(AdminListMakersQuery, {})] },
  { method: ["POST"], matcher: "/admin/makers", middlewares: [validateAndTransformBody(AdminCreateMaker)] },
  { method: ["POST"], matcher: "/admin/makers/:id", middlewares: [validateAndTransformBody(AdminUpdateMaker)] },
  { method: ["POST"], matcher: "/admin/makers/:id/seller-invites", middlewares: [validateKoreanBody(SellerCreateInvite)] },
  { method: ["GET"], matcher: "/admin/centers", middlewares: [validateAndTransformQuery(AdminListCentersQuery, {})] },
  { method: ["POST"], matcher: "/admin/centers", middlewares: [validateAndTransformBody(AdminCreateCenter)] },
  { method: ["POST"], matcher: "/admin/centers/:id", middlewares: [validateAndTransformBody(AdminUpdateCenter)] },
  { method: ["GET"], matcher: "/admin/joint-brands", middlewares: [validateAndTransformQuery(AdminListJointBrandsQuery, {})] },
  { method: ["POST"], matcher: "/admin/joint-brands", middlewares: [validateAndTransformBody(AdminCreateJointBrand)] },
  { method: ["POST"], matcher: "/admin/joint-brands/:id", middlewares: [validateAndTransformBody(AdminUpdateJointBrand)] },
  { method: ["POST"], matcher: "/admin/products/:id/maker", middlewares: [validateAndTransformBody(AdminSetProductMaker)] },
  { method: ["GET"], matcher: "/admin/reports/maker-sales", middlewares: [validateAndTransformQuery(AdminMakerSalesQuery, {})] },
]
