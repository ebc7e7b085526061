import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCampaignByHandle } from "@/lib/data/campaigns"
import { CampaignTemplate } from "@/modules/campaigns/templates/campaign-template"

type CampaignPageProps = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: CampaignPageProps): Promise<Metadata> {
  const campaign = await getCampaignByHandle((await params).handle)
  return campaign ? { title: campaign.title, description: `${campaign.host_center} 특판전 · ${campaign.starts_at_kst} ~ ${campaign.ends_at_kst}` } : {}
}

export default async function CampaignPage({ params }: CampaignPageProps) {
  const campaign = await getCampaignByHandle((await params).handle)
  if (!campaign) notFound()
  return <CampaignTemplate campaign={campaign} now={Date.now()} />
}
