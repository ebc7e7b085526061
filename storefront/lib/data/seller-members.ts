import "server-only"
import { sellerFetch } from "@/lib/data/seller-fetch"
import type { SellerRole } from "@/lib/data/seller"

export type SellerMember = { id: string; email: string; name: string; role: SellerRole; created_at: string }
export type SellerInvite = { id: string; email: string; role: SellerRole; expires_at: string; created_at: string }

/** The maker's members and its invites not used or expired yet (GET /seller/members). */
export async function listSellerMembers(): Promise<{ members: SellerMember[]; invites: SellerInvite[] }> {
  return sellerFetch("/seller/members")
}
