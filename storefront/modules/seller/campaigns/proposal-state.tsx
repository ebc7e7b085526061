import type { SellerCampaignItem } from "@/lib/data/seller-campaigns"
import { discountLabel, PROPOSAL_TONES } from "@/lib/util/seller-campaigns"

/** One own item of a campaign: product, discount, 대기/승인/거절 and, when declined, staff's reason. */
export function ProposalState({ item }: { item: SellerCampaignItem }) {
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <span className={`inline-block shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${PROPOSAL_TONES[item.state] ?? ""}`}>{item.state_label}</span>
        <span className="font-semibold">{item.product?.title ?? "상품"}</span>
      </div>
      <p className="text-sm text-ink-500">
        {discountLabel(item)}
        {item.per_customer_limit ? ` · 1인 ${item.per_customer_limit}개까지` : ""}
      </p>
      {item.state === "declined" && <p className="text-sm text-ink-700">거절 사유: {item.decline_reason ?? "사유를 적지 않았습니다."}</p>}
    </div>
  )
}
