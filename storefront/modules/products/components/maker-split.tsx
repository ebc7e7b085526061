import Link from "next/link"
import type { MakerShare } from "@/lib/util/composition"
import { formatWon } from "@/lib/util/money"

type MakerSplitProps = {
  shares: readonly MakerShare[]
  /** the set's base price the shares add up to */
  price: number | null
}

/** How one set's price goes to the makers of its components (sets of several makers). */
export function MakerSplit({ shares, price }: MakerSplitProps) {
  if (shares.length === 0) {
    return null
  }
  return (
    <div className="space-y-2 rounded-xl bg-leaf-100 p-4 text-sm text-ink-700">
      <p className="font-semibold text-leaf-700">이 세트의 매출은 구성품을 만든 자활기업에 나뉘어 돌아갑니다.</p>
      {price !== null && <p>1세트 {formatWon(price)}을 이렇게 나눕니다.</p>}
      <dl className="space-y-1">
        {[...shares].sort((a, b) => b.amount - a.amount).map((share) => (
          <div key={share.maker_handle} className="flex items-center justify-between gap-3">
            <dt>
              <Link href={`/makers/${share.maker_handle}`} className="font-semibold text-leaf-700 hover:underline">
                {share.maker_name}
              </Link>
            </dt>
            <dd className="font-semibold text-ink-900">{formatWon(share.amount)}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
