import type { HttpTypes } from "@medusajs/types"

export type Maker = {
  name: string
  handle: string | null
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null
}

/** The enterprise or work unit that made the product, read from the product's metadata. */
export function getMakerOf(product: Pick<HttpTypes.StoreProduct, "metadata">): Maker | null {
  const name = text(product.metadata?.maker_name)
  if (!name) {
    return null
  }
  return { name, handle: text(product.metadata?.maker_handle) }
}
