import type { MiddlewareRoute } from "@medusajs/framework/http"
import { allowMakerFields, filterProductsByMaker } from "./filter-by-maker"

// Wildcard matchers are registered ahead of Medusa's own static "/store/products" middlewares,
// so these run before its (strict) query validation.
export const storeProductsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/products*", middlewares: [filterProductsByMaker, allowMakerFields] },
]
