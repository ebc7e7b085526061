import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { kitLinkOf, kitLinkWithQuantity } from "./kit-links"
import type { ResolvedComponent } from "./validate-kit-composition"

export const createKitComponentsStepId = "create-kit-components"

type Links = { variant_id: string; components: ResolvedComponent[] }

/**
 * Second half of setting a kit's composition: links the variant to these inventory items with
 * these required quantities (Medusa inventory kit links), after dismissKitComponentsStep removed
 * the old ones. The compensation removes exactly the links it made. All of them go to one link
 * table in one insert, so a failure leaves none behind.
 */
export const createKitComponentsStep = createStep(
  createKitComponentsStepId,
  async (input: Links, { container }) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create(input.components.map((c) => kitLinkWithQuantity(input.variant_id, c)))
    return new StepResponse(input, input)
  },
  async (created, { container }) => {
    if (!created?.components.length) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(created.components.map((c) => kitLinkOf(created.variant_id, c.inventory_item_id)))
  }
)
