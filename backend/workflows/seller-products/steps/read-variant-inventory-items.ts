import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const readVariantInventoryItemsStepId = "read-variant-inventory-items"

export type VariantInventoryItem = { variant_id: string; title: string; inventory_item_id: string }

/** The inventory item Medusa created for each variant of a product (manage_inventory). Reads only. */
export const readVariantInventoryItemsStep = createStep(
  readVariantInventoryItemsStepId,
  async (input: { product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "inventory_items.inventory_item_id"],
      filters: { product_id: input.product_id },
    })
    const items: VariantInventoryItem[] = data.flatMap((v) => {
      const item = (v.inventory_items as { inventory_item_id: string }[] | undefined)?.[0]
      return item ? [{ variant_id: v.id as string, title: v.title as string, inventory_item_id: item.inventory_item_id }] : []
    })
    return new StepResponse(items)
  }
)
