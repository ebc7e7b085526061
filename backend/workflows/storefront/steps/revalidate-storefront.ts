import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { revalidateStorefront } from "../../../lib/storefront/revalidate"

export const revalidateStorefrontStepId = "revalidate-storefront"

/**
 * Tells the storefront which cached reads are stale. It writes nothing of ours and has no
 * compensation: a revalidation cannot be taken back and needs none (a needless one only costs
 * a fresh read). It never fails, so it never undoes the steps before it either.
 */
export const revalidateStorefrontStep = createStep(revalidateStorefrontStepId, async (tags: string[], { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  return new StepResponse(await revalidateStorefront(tags, logger))
})
