import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireSeller } from "@/lib/data/seller"
import { retrieveSellerCampaign } from "@/lib/data/seller-campaigns"
import { SellerCampaignDetailTemplate } from "@/modules/seller/campaigns/campaign-detail-template"

export const metadata: Metadata = { title: "특판전 참여" }

type Props = { params: Promise<{ id: string }> }

/** A campaign the maker may see (open call or own items); any other id is the API's 404, i.e. this area's not-found page. */
export default async function SellerCampaignPage({ params }: Props) {
  const { id } = await params
  await requireSeller(`/seller/campaigns/${encodeURIComponent(id)}`)
  const detail = await retrieveSellerCampaign(id)
  if (!detail) notFound()
  return <SellerCampaignDetailTemplate campaign={detail.campaign} proposable={detail.proposable} results={detail.results} />
}
