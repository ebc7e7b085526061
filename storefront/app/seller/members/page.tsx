import type { Metadata } from "next"
import { requireSeller } from "@/lib/data/seller"
import { listSellerMembers } from "@/lib/data/seller-members"
import { MembersTemplate } from "@/modules/seller/members/members-template"

export const metadata: Metadata = { title: "구성원" }

export default async function SellerMembersPage() {
  const seller = await requireSeller("/seller/members")
  const { members, invites } = await listSellerMembers()
  return <MembersTemplate seller={seller} members={members} invites={invites} />
}
