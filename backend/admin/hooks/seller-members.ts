import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/client"

export type SellerRole = "owner" | "staff"
export type SellerMember = { id: string; email: string; name: string | null; role: SellerRole; created_at: string }
export type SellerInvite = { id: string; email: string; role: SellerRole; expires_at: string; created_at: string }

export const ROLE_LABELS: Record<SellerRole, string> = { owner: "대표", staff: "담당자" }

const keys = { members: (makerId: string) => ["jahwal-seller-members", makerId] as const }

export function useSellerMembers(makerId: string) {
  return useQuery({
    queryKey: keys.members(makerId),
    queryFn: () => sdk.client.fetch<{ members: SellerMember[]; invites: SellerInvite[] }>(`/admin/makers/${makerId}/seller-members`),
    enabled: Boolean(makerId),
  })
}

export function useInviteSellerMember(makerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { email: string; role: SellerRole }) =>
      sdk.client.fetch<{ invite: SellerInvite }>(`/admin/makers/${makerId}/seller-invites`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.members(makerId) }),
  })
}

export function useWithdrawSellerInvite(makerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (inviteId: string) => sdk.client.fetch(`/admin/makers/${makerId}/seller-invites/${inviteId}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.members(makerId) }),
  })
}
