import Link from "next/link"
import type { SellerCampaign } from "@/lib/data/seller-campaigns"
import { ProposalState } from "@/modules/seller/campaigns/proposal-state"

/** 특판전 참여: calls open now, and the campaigns this maker is in with its own proposals only. */
export function SellerCampaignsTemplate({ campaigns }: { campaigns: SellerCampaign[] }) {
  const open = campaigns.filter((c) => c.call_open)
  const mine = campaigns.filter((c) => !c.call_open)
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">특판전 참여</h1>
      <section aria-labelledby="open-calls" className="space-y-3">
        <h2 id="open-calls" className="font-bold">참여 신청 받는 중</h2>
        {open.length === 0 ? (
          <p className="rounded-2xl border border-cream-200 bg-white p-6 text-center text-ink-500">지금 참여 신청을 받는 특판전이 없습니다.</p>
        ) : (
          <ul className="space-y-3">{open.map((c) => <CampaignCard key={c.id} campaign={c} />)}</ul>
        )}
      </section>
      {mine.length > 0 && (
        <section aria-labelledby="my-campaigns" className="space-y-3">
          <h2 id="my-campaigns" className="font-bold">신청한 특판전</h2>
          <ul className="space-y-3">{mine.map((c) => <CampaignCard key={c.id} campaign={c} />)}</ul>
        </section>
      )}
    </div>
  )
}

function CampaignCard({ campaign: c }: { campaign: SellerCampaign }) {
  return (
    <li className="space-y-3 rounded-2xl border border-cream-200 bg-white p-4">
      <div className="space-y-1">
        <Link href={`/seller/campaigns/${c.id}`} className="font-bold text-brand-700 underline-offset-2 hover:underline">
          {c.title}
        </Link>
        <p className="text-sm text-ink-500">
          특판 기간 {c.starts_at_kst} ~ {c.ends_at_kst} · 주최 {c.host_center}
        </p>
        {c.call_starts_at_kst && (
          <p className="text-sm text-ink-700">
            참여 신청 {c.call_starts_at_kst} ~ {c.call_ends_at_kst}
            {c.call_open ? " (접수 중)" : " (마감)"}
          </p>
        )}
      </div>
      {c.items.length > 0 && (
        <ul className="space-y-2 border-t border-cream-200 pt-3">
          {c.items.map((item) => (
            <li key={item.id}>
              <ProposalState item={item} />
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
