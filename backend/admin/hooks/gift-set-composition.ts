import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { compactQuery, sdk } from "../lib/client"
import type { GiftSetComponent, GiftSetComponentInput, GiftSetComposition } from "../lib/types"

export const giftSetKeys = {
  all: ["jahwal-gift-sets"] as const,
  variants: (productId: string) => [...giftSetKeys.all, "variants", productId] as const,
  composition: (variantId: string) => [...giftSetKeys.all, "composition", variantId] as const,
  search: (q: string) => [...giftSetKeys.all, "candidates", q] as const,
  resolve: (keys: string[]) => [...giftSetKeys.all, "resolve", keys] as const,
}

/** Dashboard query keys whose stock figures change with a set's kit links. */
const DASHBOARD_KEYS = ["products", "product_variants", "product_variant", "inventory_items"]

export type ProductVariantRow = { id: string; title: string; sku: string | null; variant_rank?: number | null }

/** The product's variants (the details page loads the product without them). */
export function useProductVariants(productId: string) {
  return useQuery({
    queryKey: giftSetKeys.variants(productId),
    queryFn: async () => {
      const { variants } = await sdk.client.fetch<{ variants: ProductVariantRow[] }>(
        `/admin/products/${productId}/variants`,
        { query: { fields: "id,title,sku,variant_rank", limit: 100 } }
      )
      return [...variants].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
    },
    enabled: Boolean(productId),
  })
}

export function useGiftSetComposition(variantId: string) {
  return useQuery({
    queryKey: giftSetKeys.composition(variantId),
    queryFn: () =>
      sdk.client.fetch<{ composition: GiftSetComposition }>(`/admin/gift-sets/${variantId}/composition`),
    select: (data) => data.composition,
    enabled: Boolean(variantId),
  })
}

/** Replaces all components of the set; the server answers with the new composition. */
export function useSetGiftSetComposition(variantId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (components: GiftSetComponentInput[]) =>
      sdk.client.fetch<{ composition: GiftSetComposition }>(`/admin/gift-sets/${variantId}/composition`, {
        method: "POST",
        body: { components },
      }),
    onSuccess: async (data) => {
      queryClient.setQueryData(giftSetKeys.composition(variantId), data)
      await queryClient.invalidateQueries({ queryKey: giftSetKeys.all })
      await Promise.all(DASHBOARD_KEYS.map((key) => queryClient.invalidateQueries({ queryKey: [key] })))
    },
  })
}

/** A variant that may become a component: "상품명 · 옵션 (SKU)". */
export type ComponentCandidate = { variant_id: string; label: string; unit_price: number | null }

type SearchVariant = {
  id: string
  title: string
  sku: string | null
  manage_inventory?: boolean
  inventory_items?: { required_quantity: number }[]
  prices?: { amount: number; currency_code: string; min_quantity: number | null }[]
}
type SearchProduct = { id: string; title: string; handle: string; variants?: SearchVariant[] | null }

const SEARCH_FIELDS = [
  "id", "title", "handle", "variants.id", "variants.title", "variants.sku", "variants.manage_inventory",
  "variants.inventory_items.required_quantity",
  "variants.prices.amount", "variants.prices.currency_code", "variants.prices.min_quantity",
].join(",")

export function variantLabel(productTitle: string, variantTitle: string, sku?: string | null) {
  return `${productTitle} · ${variantTitle}${sku ? ` (${sku})` : ""}`
}

/** Plain variants only: a set or pack (several items, or n units of one) cannot be a component. */
function isPlain(v: SearchVariant) {
  if (v.manage_inventory === false) return false
  if (!v.inventory_items) return true // not reported: let the server decide
  return v.inventory_items.length === 1 && v.inventory_items[0].required_quantity === 1
}

/** Variants of the products matching `q` (Medusa's product search), for the component picker. */
export function useComponentCandidates(q: string, excludeVariantId: string) {
  return useQuery({
    queryKey: giftSetKeys.search(q),
    queryFn: () =>
      sdk.client.fetch<{ products: SearchProduct[] }>("/admin/products", {
        query: compactQuery({ q: q.trim(), fields: SEARCH_FIELDS, limit: 20 }),
      }),
    select: (data): ComponentCandidate[] =>
      data.products.flatMap((p) =>
        (p.variants ?? [])
          .filter((v) => v.id !== excludeVariantId && isPlain(v))
          .map((v) => ({
            variant_id: v.id,
            label: variantLabel(p.title, v.title, v.sku),
            unit_price: v.prices?.find((x) => x.currency_code === "krw" && x.min_quantity == null)?.amount ?? null,
          }))
      ),
    placeholderData: keepPreviousData,
  })
}

const componentKey = (c: { product_handle: string; variant_title: string }) => `${c.product_handle}\u0000${c.variant_title}`

/**
 * The variant id of each current component, in order (null when it cannot be found). The
 * composition names components by product handle and option title; ids are looked up by handle.
 */
export function useComponentVariantIds(components: GiftSetComponent[], enabled: boolean) {
  const keys = components.map((c) => c.variant_id ?? componentKey(c))
  const missing = components.filter((c) => !c.variant_id && c.product_handle)
  return useQuery({
    queryKey: giftSetKeys.resolve(keys),
    queryFn: async () => {
      const ids = new Map<string, string>()
      if (missing.length) {
        const handles = [...new Set(missing.map((c) => c.product_handle))]
        const { products } = await sdk.client.fetch<{ products: SearchProduct[] }>("/admin/products", {
          query: { handle: handles, fields: "id,handle,variants.id,variants.title", limit: handles.length },
        })
        for (const p of products) {
          for (const v of p.variants ?? []) ids.set(componentKey({ product_handle: p.handle, variant_title: v.title }), v.id)
        }
      }
      return components.map((c) => c.variant_id ?? ids.get(componentKey(c)) ?? null)
    },
    enabled,
    staleTime: 0,
  })
}
