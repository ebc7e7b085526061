import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanQuery } from "../../utils/validate-korean-query"
import { StoreSearchQuery, StoreSearchSuggestQuery } from "./validators"

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/search", middlewares: [validateKoreanQuery(StoreSearchQuery)] },
  { method: ["GET"], matcher: "/store/search/suggest", middlewares: [validateKoreanQuery(StoreSearchSuggestQuery)] },
]
