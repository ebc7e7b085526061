import type { MiddlewareRoute } from "@medusajs/framework/http"
import { bumpStoreCacheOnWrite } from "./bump-on-write"
import { installFrontDoor } from "./front-door"
import { serveCachedStoreRead } from "./serve-cached"

// Loaded once the HTTP API is: under `medusa start` most hits are answered before Express.
installFrontDoor()

const WRITES = ["POST", "PUT", "PATCH", "DELETE"] as const

// Wildcard matchers run ahead of every route's own middlewares (Medusa's RoutesSorter), so a hit
// skips validation and the maker filter, and a write's bump wraps whatever answers it.
export const storeResponseCacheMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/*", middlewares: [serveCachedStoreRead] },
  { method: [...WRITES], matcher: "/admin/*", middlewares: [bumpStoreCacheOnWrite] },
  { method: [...WRITES], matcher: "/seller/*", middlewares: [bumpStoreCacheOnWrite] },
]
