import type { Metadata } from "next"
import { requireSeller } from "@/lib/data/seller"
import { retrieveSellerMaker } from "@/lib/data/seller-maker"
import { ProfileTemplate } from "@/modules/seller/profile/profile-template"

export const metadata: Metadata = { title: "업체 정보" }

export default async function SellerProfilePage() {
  await requireSeller("/seller/profile")
  return <ProfileTemplate maker={await retrieveSellerMaker()} />
}
