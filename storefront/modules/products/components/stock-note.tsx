import { stockLabel, type StockStatus } from "@/lib/util/stock"

const TONES: Record<StockStatus["kind"], string> = {
  available: "bg-leaf-100 text-leaf-700",
  low: "bg-brand-50 text-brand-700",
  sold_out: "bg-ink-900 text-white",
}

/** "구매 가능", "재고 3개 남음" or "품절" as a small badge. */
export function StockBadge({ status }: { status: StockStatus }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${TONES[status.kind]}`}>
      {stockLabel(status)}
    </span>
  )
}

/** Whether the product on sale can be bought, with a label for screen readers. */
export function StockNote({ status }: { status: StockStatus | null }) {
  if (!status) {
    return null
  }
  return (
    <p>
      <span className="sr-only">구매 가능 여부 </span>
      <StockBadge status={status} />
    </p>
  )
}
