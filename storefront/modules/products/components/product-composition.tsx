import { bulkPriceRows, hasCompositionDetails } from "@/lib/util/composition"
import { formatWon } from "@/lib/util/money"
import { stockLabel } from "@/lib/util/stock"
import type { VariantDetail } from "@/modules/products/variant-details"
import { VariantComposition } from "@/modules/products/components/variant-composition"

type Detailed = VariantDetail & { composition: NonNullable<VariantDetail["composition"]> }

/** "옵션별 구성과 대량 구매 할인", or only the half the variants have. */
function sectionTitle(variants: Detailed[]): string {
  const kits = variants.some((variant) => variant.composition.components.length > 0)
  const bulk = variants.some((variant) => bulkPriceRows(variant.composition.price, variant.composition.tiers).length > 0)
  return kits && bulk ? "옵션별 구성과 대량 구매 할인" : kits ? "옵션별 구성" : "옵션별 대량 구매 할인"
}

/**
 * 구성 and 대량 구매 할인 of a product. With one variant they are shown as they are; with several,
 * each variant that has any gets its own <details> (works without JavaScript, whatever the picker).
 */
export function ProductComposition({ variants }: { variants: VariantDetail[] }) {
  const detailed = variants.flatMap((variant): Detailed[] =>
    variant.composition && hasCompositionDetails(variant.composition)
      ? [{ ...variant, composition: variant.composition }]
      : []
  )
  if (detailed.length === 0) {
    return null
  }
  if (variants.length === 1) {
    return <VariantComposition composition={detailed[0]!.composition} heading="h2" idPrefix="product" />
  }
  return (
    <section aria-labelledby="variant-compositions" className="space-y-3">
      <h2 id="variant-compositions" className="text-lg font-bold">
        {sectionTitle(detailed)}
      </h2>
      {detailed.map((variant, index) => (
        <details
          key={variant.id}
          open={index === 0}
          className="group rounded-xl border border-cream-200 bg-white open:bg-cream-50"
        >
          <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-xl px-4 py-3 font-semibold hover:bg-cream-100 [&::-webkit-details-marker]:hidden">
            <span>{variant.label}</span>
            <span className="flex items-center gap-2 text-sm font-normal text-ink-700">
              {formatWon(variant.amount)}
              {variant.stock && ` · ${stockLabel(variant.stock)}`}
              <span aria-hidden="true" className="text-ink-500 transition-transform group-open:rotate-180">
                ▾
              </span>
            </span>
          </summary>
          <div className="px-4 pb-4">
            <VariantComposition
              composition={variant.composition}
              heading="h3"
              idPrefix={`variant-${index + 1}`}
            />
          </div>
        </details>
      ))}
    </section>
  )
}
