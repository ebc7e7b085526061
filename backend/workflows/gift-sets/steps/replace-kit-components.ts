import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ResolvedComponent } from "./validate-kit-composition"

export const replaceKitComponentsStepId = "replace-kit-components"

type Links = { variant_id: string; components: ResolvedComponent[] }

const linkOf = (variant_id: string, inventory_item_id: string) => ({
  [Modules.PRODUCT]: { variant_id },
  [Modules.INVENTORY]: { inventory_item_id },
})

/**
 * Points the variant at exactly these inventory items with these required quantities (Medusa
 * inventory kit links); the compensation puts the previous links back.
 */
export const replaceKitComponentsStep = createStep(
  replaceKitComponentsStepId,
  async (input: Links, { container }) => {
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
    if (previous.length) await link.dismiss(previous.map((p) => linkOf(input.variant_id, p.inventory_item_id)))
    await link.create(
      input.components.map((c) => ({ ...linkOf(input.variant_id, c.inventory_item_id), data: { required_quantity: c.required_quantity } }))
    )
    return new StepResponse(input, { variant_id: input.variant_id, previous, next: input.components })
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(undo.next.map((c) => linkOf(undo.variant_id, c.inventory_item_id)))
    if (undo.previous.length) {
      await link.create(
        undo.previous.map((p) => ({ ...linkOf(undo.variant_id, p.inventory_item_id), data: { required_quantity: p.required_quantity } }))
      )
    }
  }
)
