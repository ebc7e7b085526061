import Link from "next/link"
import type { PublicCampaign } from "@/lib/data/campaigns"

const PHASE_STYLE: Record<PublicCampaign["phase"], string> = {
  live: "bg-red-600 text-white",
  upcoming: "bg-ink-900 text-white",
  ended: "bg-cream-100 text-ink-500",
}

/** A campaign in the list: its phase, title, hosts and window in Korean time. */
export function CampaignCard({ campaign }: { campaign: PublicCampaign }) {
  return (
    <article className="h-full rounded-xl border border-cream-100 p-4">
      <Link href={`/campaigns/${campaign.handle}`} className="group flex h-full flex-col gap-2">
        <span className={`w-fit rounded-full px-2.5 py-1 text-xs font-bold ${PHASE_STYLE[campaign.phase]}`}>{campaign.phase_label}</span>
        <h3 className="font-bold text-ink-900 group-hover:underline">{campaign.title}</h3>
        <p className="text-sm text-ink-500">
          주최 {campaign.host_center}
          {campaign.co_hosts.length > 0 && ` · ${campaign.co_hosts.join(", ")}`}
        </p>
        <p className="text-sm text-ink-700">
          <time dateTime={campaign.starts_at}>{campaign.starts_at_kst}</time> ~ <time dateTime={campaign.ends_at}>{campaign.ends_at_kst}</time> (한국 시간)
        </p>
      </Link>
    </article>
  )
}
