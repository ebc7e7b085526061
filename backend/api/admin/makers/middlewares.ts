import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { validateKoreanQuery } from "../../utils/validate-korean-query"
import { AdminCreateCenter, AdminListCentersQuery, AdminUpdateCenter } from "../centers/validators"
import { AdminCreateJointBrand, AdminListJointBrandsQuery, AdminUpdateJointBrand } from "../joint-brands/validators"
import { AdminSetProductMaker } from "../products/[id]/maker/validators"
import { AdminMakerSalesQuery } from "../reports/maker-sales/validators"
import { SellerCreateInvite } from "../../seller/members/validators"
import { rejectAnyBody } from "../../utils/no-body"
import { AdminCreateMaker, AdminListMakersQuery, AdminUpdateMaker } from "./validators"

/** Validation for the admin routes of the makers domain (centers, makers, brands, report), in Korean. */
export const adminMakersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/makers", middlewares: [validateKoreanQuery(AdminListMakersQuery)] },
  { method: ["POST"], matcher: "/admin/makers", middlewares: [validateKoreanBody(AdminCreateMaker)] },
  { method: ["POST"], matcher: "/admin/makers/:id", middlewares: [validateKoreanBody(AdminUpdateMaker)] },
  { method: ["POST"], matcher: "/admin/makers/:id/seller-invites", middlewares: [validateKoreanBody(SellerCreateInvite)] },
  { method: ["DELETE"], matcher: "/admin/makers/:id/seller-invites/:invite_id", middlewares: [rejectAnyBody] },
  { method: ["GET"], matcher: "/admin/centers", middlewares: [validateKoreanQuery(AdminListCentersQuery)] },
  { method: ["POST"], matcher: "/admin/centers", middlewares: [validateKoreanBody(AdminCreateCenter)] },
  { method: ["POST"], matcher: "/admin/centers/:id", middlewares: [validateKoreanBody(AdminUpdateCenter)] },
  { method: ["GET"], matcher: "/admin/joint-brands", middlewares: [validateKoreanQuery(AdminListJointBrandsQuery)] },
  { method: ["POST"], matcher: "/admin/joint-brands", middlewares: [validateKoreanBody(AdminCreateJointBrand)] },
  { method: ["POST"], matcher: "/admin/joint-brands/:id", middlewares: [validateKoreanBody(AdminUpdateJointBrand)] },
  { method: ["POST"], matcher: "/admin/products/:id/maker", middlewares: [validateKoreanBody(AdminSetProductMaker)] },
  { method: ["GET"], matcher: "/admin/reports/maker-sales", middlewares: [validateKoreanQuery(AdminMakerSalesQuery)] },
]
