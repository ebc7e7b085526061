import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductLinksChange } from "./dismiss-product-maker-links"
import { changedLinks, createLinks, dismissLinks } from "./product-maker-links"

export const createProductMakerLinksStepId = "create-product-maker-links"

/**
 * Second half: makes the product's new maker/brand links (those dismissProductMakerLinksStep
 * cleared the way for). Returns the links as they now are; the compensation removes exactly the
 * links it made.
 */
export const createProductMakerLinksStep = createStep(
  createProductMakerLinksStepId,
  async (change: ProductLinksChange, { container }) => {
    await createLinks(container, changedLinks(change.to, change.from))
    return new StepResponse(change.to, change)
  },
  async (change, { container }) => {
    if (!change) return
    await dismissLinks(container, changedLinks(change.to, change.from))
  }
)
