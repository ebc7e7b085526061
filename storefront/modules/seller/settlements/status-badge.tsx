import type { SettlementStatus } from "@/lib/data/seller-settlements"

const TONE: Record<SettlementStatus, string> = {
  draft: "border-cream-200 bg-cream-50 text-ink-700",
  confirmed: "border-brand-600 bg-brand-50 text-brand-700",
  paid: "border-leaf-700 bg-leaf-100 text-leaf-700",
}

/** 작성 중 / 확정 / 지급 완료 (the API's Korean label). */
export function StatementStatusBadge({ status, label }: { status: SettlementStatus; label: string }) {
  return (
    <span data-testid="statement-status" className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}>
      {label}
    </span>
  )
}
