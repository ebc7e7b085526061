import Link from "next/link"
import type { PublicCampaign } from "@/lib/data/campaigns"

/** The home page's banner while a campaign is live (the one ending first). */
export function LiveCampaignBanner({ campaign }: { campaign: PublicCampaign }) {
  return (
    <section aria-label="진행 중인 특판전" className="mx-auto max-w-6xl px-4 pt-4">
      <Link
        href={`/campaigns/${campaign.handle}`}
        className="flex flex-col gap-1 rounded-xl bg-red-600 px-5 py-4 text-white hover:bg-red-700 sm:flex-row sm:items-center sm:justify-between"
      >
        <span className="font-bold">
          <span className="mr-2 rounded-full bg-white px-2 py-0.5 text-xs text-red-700">특판전 진행 중</span>
          {campaign.title}
        </span>
        <span className="text-sm">{campaign.ends_at_kst} (한국 시간)까지 →</span>
      </Link>
    </section>
  )
}
