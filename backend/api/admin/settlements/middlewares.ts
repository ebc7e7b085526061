import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { validateKoreanQuery } from "../../utils/validate-korean-query"
import { AdminSetPayoutAccount } from "../makers/[id]/payout-account/validators"
import {
  AdminConfirmSettlement, AdminListSettlementsQuery, AdminPaySettlement, AdminRefreshSettlements, AdminSettlementPeriodExportQuery,
  AdminSettlementTransfersQuery, SettlementExportQuery,
} from "./validators"

/** 정산 for staff, plus the maker's payout account (its changes are logged by settlement). */
export const adminSettlementsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/settlements", middlewares: [validateKoreanQuery(AdminListSettlementsQuery)] },
  { method: ["GET"], matcher: "/admin/settlements/export", middlewares: [validateKoreanQuery(AdminSettlementPeriodExportQuery)] },
  { method: ["GET"], matcher: "/admin/settlements/transfers", middlewares: [validateKoreanQuery(AdminSettlementTransfersQuery)] },
  { method: ["POST"], matcher: "/admin/settlements/refresh", middlewares: [validateKoreanBody(AdminRefreshSettlements)] },
  { method: ["GET"], matcher: "/admin/settlements/:id/export", middlewares: [validateKoreanQuery(SettlementExportQuery)] },
  { method: ["POST"], matcher: "/admin/settlements/:id/confirm", middlewares: [validateKoreanBody(AdminConfirmSettlement)] },
  { method: ["POST"], matcher: "/admin/settlements/:id/pay", middlewares: [validateKoreanBody(AdminPaySettlement)] },
  { method: ["POST"], matcher: "/admin/makers/:id/payout-account", middlewares: [validateKoreanBody(AdminSetPayoutAccount)] },
]
