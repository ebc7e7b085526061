import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rejectAnyBody } from "../../utils/no-body"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { validateKoreanQuery } from "../../utils/validate-korean-query"
import { AdminCreateInstitution, AdminListInstitutionsQuery, AdminUpdateInstitution } from "./validators"

export const adminInstitutionsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/institutions", middlewares: [validateKoreanQuery(AdminListInstitutionsQuery)] },
  { method: ["POST"], matcher: "/admin/institutions", middlewares: [validateKoreanBody(AdminCreateInstitution)] },
  { method: ["POST"], matcher: "/admin/institutions/:id", middlewares: [validateKoreanBody(AdminUpdateInstitution)] },
  { method: ["DELETE"], matcher: "/admin/institutions/:id", middlewares: [rejectAnyBody] },
]
