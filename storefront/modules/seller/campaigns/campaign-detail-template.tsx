import Link from "next/link"
import type { ProposableProduct, SellerCampaign, SellerCampaignResults } from "@/lib/data/seller-campaigns"
import { formatWon } from "@/lib/util/money"
import { ProposalForm } from "@/modules/seller/campaigns/proposal-form"
import { ProposalState } from "@/modules/seller/campaigns/proposal-state"
import { WithdrawForm } from "@/modules/seller/campaigns/withdraw-form"

type Props = { campaign: SellerCampaign; proposable: ProposableProduct[]; results: SellerCampaignResults }

/** One campaign for the maker: the call, its own proposals (with 신청 취소 while 대기), the form while the call is open, and its own results. */
export function SellerCampaignDetailTemplate({ campaign: c, proposable, results }: Props) {
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <Link href="/seller/campaigns" className="text-sm text-ink-500 hover:underline">
          ← 특판전 참여
        </Link>
        <h1 className="text-xl font-bold">{c.title}</h1>
        <p className="text-sm text-ink-500">
          특판 기간 {c.starts_at_kst} ~ {c.ends_at_kst} (한국 시간) · 주최 {c.host_center}
          {c.co_hosts.length ? ` · ${c.co_hosts.join(", ")}` : ""}
        </p>
        {c.call_starts_at_kst && (
          <p className="text-sm text-ink-700">
            참여 신청 {c.call_starts_at_kst} ~ {c.call_ends_at_kst} {c.call_open ? "(접수 중)" : "(마감)"}
          </p>
        )}
        {/* staff's plain-text note: rendered as text, line breaks kept */}
        {c.call_note && <p className="whitespace-pre-line rounded-lg bg-cream-100 p-3 text-sm">{c.call_note}</p>}
      </div>

      <section aria-labelledby="my-proposals" className="space-y-2 rounded-2xl border border-cream-200 bg-white p-4">
        <h2 id="my-proposals" className="font-bold">내 신청</h2>
        {c.items.length === 0 ? (
          <p className="text-sm text-ink-500">아직 신청한 상품이 없습니다.</p>
        ) : (
          <ul className="divide-y divide-cream-200">
            {c.items.map((item) => (
              <li key={item.id} className="flex items-start justify-between gap-2 py-2">
                <ProposalState item={item} />
                {item.state === "proposed" && <WithdrawForm campaignId={c.id} itemId={item.id} title={item.product?.title ?? "상품"} />}
              </li>
            ))}
          </ul>
        )}
      </section>

      {c.call_open && (
        <section aria-labelledby="propose" className="space-y-2 rounded-2xl border border-cream-200 bg-white p-4">
          <h2 id="propose" className="font-bold">상품 신청</h2>
          {proposable.length === 0 ? (
            <p className="text-sm text-ink-500">신청할 수 있는 판매 중 상품이 없습니다.</p>
          ) : (
            <ProposalForm campaignId={c.id} products={proposable} />
          )}
        </section>
      )}

      <section aria-labelledby="results" className="space-y-2 rounded-2xl border border-cream-200 bg-white p-4">
        <h2 id="results" className="font-bold">내 실적</h2>
        <p className="text-sm text-ink-500">특판가로 팔린 우리 상품만, 취소 주문 제외, 부가세 포함.</p>
        <dl className="grid grid-cols-2 gap-2 text-sm">
          <dt className="text-ink-500">주문</dt>
          <dd className="text-right tabular-nums">{results.totals.orders.toLocaleString("ko-KR")}건</dd>
          <dt className="text-ink-500">수량</dt>
          <dd className="text-right tabular-nums">{results.totals.units.toLocaleString("ko-KR")}개</dd>
          <dt className="text-ink-500">매출</dt>
          <dd className="text-right tabular-nums">{formatWon(results.totals.revenue)}</dd>
          <dt className="text-ink-500">할인액</dt>
          <dd className="text-right tabular-nums">{formatWon(results.totals.discount)}</dd>
        </dl>
        {results.products.length > 0 && (
          <ul className="divide-y divide-cream-200 text-sm">
            {results.products.map((p) => (
              <li key={p.product_id} className="flex justify-between gap-2 py-1">
                <span>{p.product_title}</span>
                <span className="tabular-nums">
                  {p.units.toLocaleString("ko-KR")}개 · {formatWon(p.revenue)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
