import type { ICacheService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bumpCatalogVersion } from "../../../lib/store-cache/catalog-version"

export const bumpStoreCacheVersionStepId = "bump-store-cache-version"

/**
 * Makes every cached Store API answer stale (backend/api/store/response-cache): it runs before
 * the storefront is told, so the storefront's fresh read finds the change. Nothing to undo (a
 * needless bump only costs fresh reads), and it never fails.
 */
export const bumpStoreCacheVersionStep = createStep(bumpStoreCacheVersionStepId, async (_input: void, { container }) => {
  const cache = container.resolve<ICacheService>(Modules.CACHE)
  return new StepResponse(await bumpCatalogVersion(cache, container.resolve(ContainerRegistrationKeys.LOGGER)))
})
