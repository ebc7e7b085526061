import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListBrandsQuery, StoreListMakersQuery } from "./validators"

export const storeMakersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/makers", middlewares: [validateAndTransformQuery(StoreListMakersQuery, {})] },
  { method: ["GET"], matcher: "/store/brands", middlewares: [validateAndTransformQuery(StoreListBrandsQuery, {})] },
]
