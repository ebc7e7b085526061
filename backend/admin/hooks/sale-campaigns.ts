import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { compactQuery, sdk } from "../lib/client"

export type SaleCampaignItem = {
  id: string
  product_id: string
  maker_id: string
  discount_type: "percent" | "fixed_price"
  discount_value: number
  per_customer_limit: number | null
  state: "accepted" | "proposed" | "declined"
  /** why staff declined a maker's proposal (shown to the maker) */
  decline_reason?: string | null
  product?: { title: string; handle: string } | null
  maker?: { name: string; status: string } | null
}

export type SaleCampaign = {
  id: string
  title: string
  handle: string
  host_center: string
  co_hosts: string[]
  description: string
  banner_url: string | null
  starts_at: string
  ends_at: string
  starts_at_kst: string
  ends_at_kst: string
  status: "draft" | "published"
  phase: "upcoming" | "live" | "ended"
  phase_label: string
  discount_bearer: "maker" | "center" | "split"
  maker_share_percent: number | null
  /** 참여 신청 기간 (null: no call) and the note makers read */
  call_starts_at: string | null
  call_ends_at: string | null
  call_starts_at_kst?: string | null
  call_ends_at_kst?: string | null
  call_note: string | null
  call_open?: boolean
  items?: SaleCampaignItem[]
}

export type SaleCampaignInput = Partial<Omit<SaleCampaign, "id" | "items" | "status" | "phase" | "phase_label" | "starts_at_kst" | "ends_at_kst" | "call_starts_at_kst" | "call_ends_at_kst" | "call_open">>
export type ItemInput = Pick<SaleCampaignItem, "product_id" | "discount_type" | "discount_value" | "per_customer_limit">

export type PreviewRow = { product_id: string; product_title: string; maker_name: string; variant_id: string; variant_title: string; regular_price: number; sale_price: number; discount: number }
export type ResultLine = { orders: number; units: number; revenue: number; discount: number }
export type CampaignResults = {
  makers: (ResultLine & { maker_id: string; maker_name: string })[]
  products: (ResultLine & { product_id: string; product_title: string; maker_name: string })[]
  totals: ResultLine
}
export type PickerProduct = { id: string; title: string; maker: { id: string; name: string; status: string } | null; variants: { regular_price: number | null }[] }

const KEY = "jahwal-sale-campaigns"

export function useSaleCampaigns(query: { limit: number; offset: number; q?: string }) {
  return useQuery({
    queryKey: [KEY, "list", query],
    queryFn: () => sdk.client.fetch<{ campaigns: SaleCampaign[]; count: number }>("/admin/sale-campaigns", { query: compactQuery(query) }),
    placeholderData: keepPreviousData,
  })
}

export function useSaleCampaign(id: string) {
  return useQuery({
    queryKey: [KEY, id],
    queryFn: () => sdk.client.fetch<{ campaign: SaleCampaign }>(`/admin/sale-campaigns/${id}`),
  })
}

export function useCampaignPreview(id: string) {
  return useQuery({
    queryKey: [KEY, id, "preview"],
    queryFn: () => sdk.client.fetch<{ prices: PreviewRow[]; errors: string[] }>(`/admin/sale-campaigns/${id}/preview`),
  })
}

export function useCampaignResults(id: string) {
  return useQuery({
    queryKey: [KEY, id, "results"],
    queryFn: () => sdk.client.fetch<CampaignResults>(`/admin/sale-campaigns/${id}/results`),
  })
}

/** Server-side product search for the picker (paged; scales to thousands of products). */
export function useCampaignProductSearch(q: string, maker_id?: string) {
  return useQuery({
    queryKey: [KEY, "product-search", q, maker_id],
    queryFn: () =>
      sdk.client.fetch<{ products: PickerProduct[]; count: number }>("/admin/sale-campaigns/product-search", { query: compactQuery({ q, maker_id, limit: 30 }) }),
    placeholderData: keepPreviousData,
  })
}

function useInvalidate() {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: [KEY] })
}

export function useCreateSaleCampaign() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: SaleCampaignInput & { items?: ItemInput[] }) =>
      sdk.client.fetch<{ campaign: SaleCampaign }>("/admin/sale-campaigns", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useUpdateSaleCampaign(id: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: SaleCampaignInput) => sdk.client.fetch<{ campaign: SaleCampaign }>(`/admin/sale-campaigns/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useSetCampaignItems(id: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: { items?: ItemInput[]; makers?: (Omit<ItemInput, "product_id"> & { maker_id: string })[] }) =>
      sdk.client.fetch(`/admin/sale-campaigns/${id}/items`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useCampaignAction(id: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (action: "publish" | "unpublish" | "delete") =>
      action === "delete"
        ? sdk.client.fetch(`/admin/sale-campaigns/${id}`, { method: "DELETE" })
        : sdk.client.fetch(`/admin/sale-campaigns/${id}/${action}`, { method: "POST" }),
    onSuccess: invalidate,
  })
}

/** Staff's accept / decline (with an optional reason the maker sees) of one maker proposal. */
export function useDecideProposal(id: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ item_id, decision, reason }: { item_id: string; decision: "accept" | "decline"; reason?: string }) =>
      sdk.client.fetch(`/admin/sale-campaigns/${id}/items/${item_id}/${decision}`, { method: "POST", body: decision === "decline" ? { reason: reason || null } : {} }),
    onSuccess: invalidate,
  })
}
