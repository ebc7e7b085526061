/** At or below this many units left, the page says how many ("재고 3개 남음"). */
export const LOW_STOCK_THRESHOLD = 10

/** The stock fields of a Store API variant (present when the product was read with them). */
export type StockFields = {
  inventory_quantity?: number | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
}

export type StockStatus =
  | { kind: "available" }
  | { kind: "low"; left: number }
  | { kind: "sold_out" }

/**
 * Whether a variant can be bought, from Medusa's inventory_quantity (for a kit — a gift set or a
 * pack — Medusa computes it from the scarcest component). Null when the stock was not read.
 */
export function stockStatus(variant: StockFields): StockStatus | null {
  if (variant.manage_inventory === false || variant.allow_backorder === true) {
    return { kind: "available" }
  }
  const quantity = variant.inventory_quantity
  if (typeof quantity !== "number" || !Number.isFinite(quantity)) {
    return null
  }
  if (quantity <= 0) {
    return { kind: "sold_out" }
  }
  return quantity <= LOW_STOCK_THRESHOLD ? { kind: "low", left: quantity } : { kind: "available" }
}

/** "구매 가능", "재고 3개 남음" or "품절". */
export function stockLabel(status: StockStatus): string {
  switch (status.kind) {
    case "available":
      return "구매 가능"
    case "low":
      return `재고 ${status.left.toLocaleString("ko-KR")}개 남음`
    case "sold_out":
      return "품절"
  }
}

/** A product is sold out when its stock was read and none of its variants can be bought. */
export function isSoldOut(variants: readonly StockFields[] | null | undefined): boolean {
  const statuses = (variants ?? []).map(stockStatus)
  return statuses.length > 0 && statuses.every((status) => status?.kind === "sold_out")
}
