import { getCampaignOverview } from "@/lib/data/campaigns"
import { formatDateTime } from "@/lib/util/date"

/**
 * 특판 with the end time, for a product in a live campaign (cards, product page, search hits).
 * Reads the per-request campaign overview, so it turns with the campaign's window.
 */
export async function SaleBadge({ productId, className = "" }: { productId: string; className?: string }) {
  const { on_sale } = await getCampaignOverview()
  const sale = on_sale.find((s) => s.product_id === productId)
  if (!sale || new Date(sale.ends_at).getTime() <= Date.now()) return null
  return (
    <span className={`inline-flex w-fit items-center gap-1 rounded-full bg-red-600 px-2.5 py-1 text-xs font-bold text-white ${className}`}>
      특판 <span className="font-normal">{formatDateTime(sale.ends_at)}까지</span>
    </span>
  )
}
