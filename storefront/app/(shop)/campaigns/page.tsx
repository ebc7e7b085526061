import type { Metadata } from "next"
import { getCampaignOverview } from "@/lib/data/campaigns"
import { CampaignsTemplate } from "@/modules/campaigns/templates/campaigns-template"

export const metadata: Metadata = { title: "특판전", description: "자활센터와 지자체가 함께 여는 기간 한정 특별 판매전." }

export default async function CampaignsPage() {
  return <CampaignsTemplate overview={await getCampaignOverview()} />
}
