import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/client"
import type { ApprovalStatus } from "../routes/listing-approvals/components/labels"

export type { ApprovalStatus }
export type ListingContent = { title?: string; subtitle?: string; description?: string; category_id?: string }

export type ListingApproval = {
  id: string
  product_id: string
  maker_id: string
  member_id: string | null
  kind: "new" | "edit"
  status: ApprovalStatus
  changes: ListingContent | null
  previous: ListingContent | null
  reason: string | null
  decided_at: string | null
  created_at: string
  product: {
    id: string
    title: string
    subtitle: string | null
    description: string | null
    status: string
    thumbnail: string | null
    handle: string
    categories?: { id: string; name: string }[]
    images?: { id: string; url: string; rank: number }[]
  } | null
  maker: { id: string; name: string; handle: string } | null
  member: { id: string; name: string | null; email: string } | null
  category_names: { changes: string | null; previous: string | null }
}

type ListResponse = { listing_approvals: ListingApproval[]; count: number; limit: number; offset: number }

export const approvalKeys = {
  all: ["jahwal-listing-approvals"] as const,
  list: (status: ApprovalStatus, offset: number, limit: number) => [...approvalKeys.all, "list", status, offset, limit] as const,
  count: (status: ApprovalStatus) => [...approvalKeys.all, "count", status] as const,
}

export function useListingApprovals(status: ApprovalStatus, offset: number, limit: number) {
  return useQuery({
    queryKey: approvalKeys.list(status, offset, limit),
    queryFn: () => sdk.client.fetch<ListResponse>("/admin/listing-approvals", { query: { status, offset, limit } }),
    placeholderData: keepPreviousData,
  })
}

/** The pending count for the banner: refetched every minute and when the window regains focus. */
export function useListingApprovalCount(status: ApprovalStatus = "pending") {
  return useQuery({
    queryKey: approvalKeys.count(status),
    queryFn: () => sdk.client.fetch<{ count: number }>("/admin/listing-approvals/count", { query: { status } }),
    refetchInterval: 60_000,
  })
}

export function useDecideListing() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: "approve" | "reject"; reason?: string }) =>
      sdk.client.fetch<{ listing_approval: ListingApproval }>(`/admin/listing-approvals/${id}/${decision}`, {
        method: "POST",
        body: decision === "reject" ? { reason } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
  })
}
