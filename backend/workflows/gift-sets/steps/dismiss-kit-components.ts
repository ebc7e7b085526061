import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { kitLinkOf, kitLinkWithQuantity } from "./kit-links"
import type { ResolvedComponent } from "./validate-kit-composition"

export const dismissKitComponentsStepId = "dismiss-kit-components"

type Dismissed = { variant_id: string; previous: ResolvedComponent[] }

/**
 * First half of setting a kit's composition: removes the variant's current inventory links.
 * The compensation links exactly those items again, with their quantities, so a failure in
 * the second half (createKitComponentsStep) leaves the set as it was.
 */
export const dismissKitComponentsStep = createStep(
  dismissKitComponentsStepId,
  async (input: { variant_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { id: input.variant_id },
    })
    const previous = ((data[0]?.inventory_items ?? []) as ResolvedComponent[]).map((i) => ({
      inventory_item_id: i.inventory_item_id,
      required_quantity: i.required_quantity,
    }))
    if (previous.length) await link.dismiss(previous.map((p) => kitLinkOf(input.variant_id, p.inventory_item_id)))
    const dismissed: Dismissed = { variant_id: input.variant_id, previous }
    return new StepResponse(dismissed, dismissed)
  },
  async (dismissed, { container }) => {
    if (!dismissed?.previous.length) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create(dismissed.previous.map((p) => kitLinkWithQuantity(dismissed.variant_id, p)))
  }
)
