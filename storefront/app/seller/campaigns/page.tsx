import type { Metadata } from "next"
import { requireSeller } from "@/lib/data/seller"
import { listSellerCampaigns } from "@/lib/data/seller-campaigns"
import { SellerCampaignsTemplate } from "@/modules/seller/campaigns/campaigns-template"

export const metadata: Metadata = { title: "특판전 참여" }

export default async function SellerCampaignsPage() {
  await requireSeller("/seller/campaigns")
  return <SellerCampaignsTemplate campaigns={await listSellerCampaigns()} />
}
