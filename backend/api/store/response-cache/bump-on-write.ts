import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICacheService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { bumpCatalogVersion } from "../../../lib/store-cache/catalog-version"

/**
 * A staff or 판매자센터 write that succeeded moves the catalog version *before* its answer
 * leaves: the subscribers bump it too, but only once the event bus gets to them, after the
 * answer, and a read right after the write (the admin's own check, a test) must already be
 * fresh. Every admin/seller write counts: they are rare, a needless bump costs one round of misses.
 */
export function bumpStoreCacheOnWrite(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { end } = res
  res.end = function (this: MedusaResponse, ...args: unknown[]) {
    const send = () => (end as (...a: unknown[]) => MedusaResponse).apply(this, args)
    if (res.statusCode >= 400) return send()
    const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
    const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    void bumpCatalogVersion(cache, logger).finally(send)
    return this
  } as MedusaResponse["end"]
  next()
}
