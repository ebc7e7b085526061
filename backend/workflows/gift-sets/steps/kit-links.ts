import { Modules } from "@medusajs/framework/utils"
import type { ResolvedComponent } from "./validate-kit-composition"

/** The Medusa link between a variant and one inventory item it is made of. */
export const kitLinkOf = (variant_id: string, inventory_item_id: string) => ({
  [Modules.PRODUCT]: { variant_id },
  [Modules.INVENTORY]: { inventory_item_id },
})

export const kitLinkWithQuantity = (variant_id: string, c: ResolvedComponent) => ({
  ...kitLinkOf(variant_id, c.inventory_item_id),
  data: { required_quantity: c.required_quantity },
})
