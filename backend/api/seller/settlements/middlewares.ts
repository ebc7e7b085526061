import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { validateKoreanQuery } from "../../utils/validate-korean-query"
import { SettlementExportQuery } from "../../admin/settlements/validators"
import { PayoutAccountBody } from "../../admin/makers/[id]/payout-account/validators"

/** 판매자센터 정산 and 정산 계좌 (the guard on /seller runs before these). */
export const sellerSettlementsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/seller/settlements/:id/export", middlewares: [validateKoreanQuery(SettlementExportQuery)] },
  { method: ["POST"], matcher: "/seller/payout-account", middlewares: [validateKoreanBody(PayoutAccountBody)] },
]
