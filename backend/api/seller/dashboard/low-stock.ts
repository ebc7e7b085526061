/** A product as the dashboard reads it: its variants with their inventory (kits included). */
export type StockProduct = {
  id: string
  title: string
  status: string
  variants?: {
    id: string
    title: string
    manage_inventory?: boolean
    inventory_items?: { required_quantity?: number | null; inventory?: { location_levels?: { stocked_quantity?: number | null }[] } | null }[]
  }[]
}

export type LowStockLine = { product_id: string; variant_id: string; title: string; variant_title: string; stock: number }

export const LOW_STOCK_AT = 5
export const LOW_STOCK_MAX = 10

/**
 * Sellable units of a variant: for a kit (a gift set over components) the fewest whole sets its
 * components allow; null when Medusa does not track its stock.
 */
export function variantStock(variant: NonNullable<StockProduct["variants"]>[number]): number | null {
  const items = variant.inventory_items ?? []
  if (variant.manage_inventory === false || !items.length) return null
  return Math.min(
    ...items.map((item) => {
      const stocked = (item.inventory?.location_levels ?? []).reduce((sum, l) => sum + Number(l.stocked_quantity ?? 0), 0)
      return Math.floor(stocked / Math.max(1, Number(item.required_quantity ?? 1)))
    })
  )
}

/** Variants of published or proposed products with at most LOW_STOCK_AT units, fewest first. */
export function lowStockOf(products: StockProduct[]): LowStockLine[] {
  return products
    .filter((p) => p.status === "published" || p.status === "proposed")
    .flatMap((p) =>
      (p.variants ?? []).flatMap((v) => {
        const stock = variantStock(v)
        return stock !== null && stock <= LOW_STOCK_AT ? [{ product_id: p.id, variant_id: v.id, title: p.title, variant_title: v.title, stock }] : []
      })
    )
    .sort((a, b) => a.stock - b.stock || a.title.localeCompare(b.title, "ko"))
    .slice(0, LOW_STOCK_MAX)
}
