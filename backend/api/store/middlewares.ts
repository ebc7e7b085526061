import type { MiddlewareRoute } from "@medusajs/framework/http"
import { stripReservedStoreMetadata } from "./strip-reserved-metadata"

// A wildcard matcher, so it runs ahead of Medusa's own body validators on every store route.
export const storeReservedMetadataMiddlewares: MiddlewareRoute[] = [
  { method: ["POST", "PUT", "PATCH"], matcher: "/store/*", middlewares: [stripReservedStoreMetadata] },
]
