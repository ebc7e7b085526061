import type { CampaignOverview, PublicCampaign } from "@/lib/data/campaigns"
import { CampaignCard } from "@/modules/campaigns/components/campaign-card"

function Section({ id, title, campaigns, empty }: { id: string; title: string; campaigns: PublicCampaign[]; empty?: string }) {
  if (!campaigns.length && !empty) return null
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4">
      <h2 id={id} className="text-xl font-bold text-ink-900">{title}</h2>
      {campaigns.length ? (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {campaigns.map((c) => (
            <li key={c.id}><CampaignCard campaign={c} /></li>
          ))}
        </ul>
      ) : (
        <p className="text-ink-500">{empty}</p>
      )}
    </section>
  )
}

/** 특판전: live and upcoming first, then the past ones. */
export function CampaignsTemplate({ overview }: { overview: CampaignOverview }) {
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-10 px-4 py-8">
      <header>
        <h1 className="text-2xl font-bold text-ink-900">특판전</h1>
        <p className="mt-2 text-ink-500">자활센터와 지자체가 함께 여는 기간 한정 특별 판매전입니다.</p>
      </header>
      <Section id="live-campaigns" title="진행 중" campaigns={overview.live} empty="지금 진행 중인 특판전이 없습니다." />
      <Section id="upcoming-campaigns" title="예정" campaigns={overview.upcoming} />
      <Section id="past-campaigns" title="지난 특판전" campaigns={overview.past} />
    </div>
  )
}
