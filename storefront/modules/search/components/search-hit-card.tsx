import Link from "next/link"
import type { SearchHit } from "@/lib/data/search"
import { formatWon } from "@/lib/util/money"
import { ProductImage } from "@/modules/products/components/product-image"
import { SaleBadge } from "@/modules/campaigns/components/sale-badge"
import { HighlightedText } from "@/modules/search/components/highlighted-text"

/** A found product: picture, maker, title with the matched words marked, and price. */
export function SearchHitCard({ hit, priority }: { hit: SearchHit; priority: boolean }) {
  return (
    <article className="h-full">
      <Link
        href={`/products/${hit.handle}`}
        className="group flex h-full flex-col gap-2 rounded-xl p-2 transition-colors hover:bg-cream-100"
      >
        <ProductImage src={hit.thumbnail} alt={hit.title} size={480} priority={priority} />
        <SaleBadge productId={hit.id} />
        {hit.maker && (
          <p className="text-xs text-ink-500">
            <span className="sr-only">만든 곳 </span>
            <HighlightedText text={hit.maker.name} segments={hit.highlight.maker} />
            {hit.brand && <span> · {hit.brand.name}</span>}
          </p>
        )}
        <h3 className="text-sm font-medium leading-snug text-ink-900 group-hover:underline sm:text-base">
          <HighlightedText text={hit.title} segments={hit.highlight.title} />
        </h3>
        {hit.subtitle && <p className="line-clamp-1 text-xs text-ink-500">{hit.subtitle}</p>}
        <p className="mt-auto font-bold text-ink-900">
          {hit.price === null ? (
            "가격 준비 중"
          ) : (
            <>
              {typeof hit.regular_price === "number" && (
                <del className="mr-2 text-sm font-normal text-ink-500">
                  <span className="sr-only">정가 </span>
                  {formatWon(hit.regular_price)}
                </del>
              )}
              <span className="sr-only">{typeof hit.regular_price === "number" ? "특판가 " : "가격 "}</span>
              {formatWon(hit.price)}
            </>
          )}
        </p>
      </Link>
    </article>
  )
}
