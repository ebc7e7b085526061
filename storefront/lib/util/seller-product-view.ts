/**
 * How 판매자센터 reads an own product (the shapes of GET /seller/products/:id), pure for tests.
 * Kept apart from lib/data so client components can use it.
 */

import { regularKrwPrices } from "../shared/regular-price"

type Price = { amount: number; currency_code: string; min_quantity: number | null; price_list_id?: string | null }
type Variant = {
  prices?: Price[] | null
  inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number | null }[] | null } | null }[] | null
}
type Revision = { kind: string; status: string; reason: string | null; created_at: string; changes?: Record<string, unknown> | null }

export const PRODUCT_STATUS_LABELS: Record<string, string> = {
  published: "판매 중",
  proposed: "승인 대기",
  rejected: "반려",
  draft: "보관",
}

/** 전체 / 판매 중 / 승인 대기 / 반려 / 보관 */
export const PRODUCT_STATUS_TABS = [
  { status: "", label: "전체" },
  { status: "published", label: "판매 중" },
  { status: "proposed", label: "승인 대기" },
  { status: "rejected", label: "반려" },
  { status: "draft", label: "보관" },
] as const

export function productStatusLabel(status: string): string {
  return PRODUCT_STATUS_LABELS[status] ?? status
}

/** A status from ?status=, or undefined (전체) for anything unknown. */
export function parseStatusParam(raw: unknown): "published" | "proposed" | "rejected" | "draft" | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw
  return value === "published" || value === "proposed" || value === "rejected" || value === "draft" ? value : undefined
}

/** The 정가 rows the seller edits: a live 특판전's price-list prices share the price set and stay out. */
const krw = (prices: Price[] | null | undefined) => regularKrwPrices(prices)

/** The price of one unit (the KRW price without a minimum quantity). */
export function basePriceOf(variant: Variant): number | null {
  const base = krw(variant.prices).find((p) => !p.min_quantity || p.min_quantity <= 1)
  return base ? Number(base.amount) : null
}

/** Tier prices (from N units), fewest first. */
export function tierPricesOf(variant: Variant): { min_quantity: number; price: number }[] {
  return krw(variant.prices)
    .filter((p) => p.min_quantity && p.min_quantity >= 2)
    .map((p) => ({ min_quantity: Number(p.min_quantity), price: Number(p.amount) }))
    .sort((a, b) => a.min_quantity - b.min_quantity)
}

/** Units in stock over all locations. */
export function stockOf(variant: Variant): number {
  return (variant.inventory_items ?? []).reduce(
    (sum, item) => sum + (item.inventory?.location_levels ?? []).reduce((s, l) => s + Number(l.stocked_quantity ?? 0), 0),
    0
  )
}

/**
 * What the product page says about approval: an edit waiting (the shop shows the old text), or
 * the latest decision when it was a rejection (with the reason).
 */
export function revisionNotice<R extends Revision>(revisions: readonly R[]): { kind: "pending"; revision: R } | { kind: "rejected"; revision: R } | null {
  const newest = [...revisions].sort((a, b) => b.created_at.localeCompare(a.created_at))
  const pending = newest.find((r) => r.status === "pending")
  if (pending) return { kind: "pending", revision: pending }
  const latest = newest[0]
  return latest?.status === "rejected" ? { kind: "rejected", revision: latest } : null
}
