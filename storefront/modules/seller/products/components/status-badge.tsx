import { productStatusLabel } from "@/lib/util/seller-product-view"

const TONES: Record<string, string> = {
  published: "bg-leaf-100 text-leaf-700",
  proposed: "bg-brand-50 text-brand-700",
  rejected: "bg-brand-100 text-brand-700",
  draft: "bg-cream-200 text-ink-700",
}

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-block shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${TONES[status] ?? "bg-cream-200 text-ink-700"}`}>
      {productStatusLabel(status)}
    </span>
  )
}
