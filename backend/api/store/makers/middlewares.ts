import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanQuery } from "../../utils/validate-korean-query"
import { StoreListBrandsQuery, StoreListMakersQuery } from "./validators"

export const storeMakersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/makers", middlewares: [validateKoreanQuery(StoreListMakersQuery)] },
  { method: ["GET"], matcher: "/store/brands", middlewares: [validateKoreanQuery(StoreListBrandsQuery)] },
]
