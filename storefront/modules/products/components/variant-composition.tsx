import type { VariantComposition as Composition } from "@/lib/util/composition"
import { BulkPriceTable } from "@/modules/products/components/bulk-price-table"
import { CompositionList } from "@/modules/products/components/composition-list"
import { MakerSplit } from "@/modules/products/components/maker-split"

type VariantCompositionProps = {
  composition: Composition
  /** h2 on a product of one variant, h3 inside a variant's details */
  heading: "h2" | "h3"
  /** makes the heading ids unique on the page */
  idPrefix: string
}

/** What one variant contains, who gets its revenue and its bulk prices. */
export function VariantComposition({ composition, heading, idPrefix }: VariantCompositionProps) {
  const { components, maker_split, price, tiers } = composition
  return (
    <div className="space-y-6">
      {components.length > 0 && (
        <CompositionList components={components} heading={heading} headingId={`${idPrefix}-components`}>
          <MakerSplit shares={maker_split} price={price} />
        </CompositionList>
      )}
      <BulkPriceTable price={price} tiers={tiers} heading={heading} headingId={`${idPrefix}-bulk`} />
    </div>
  )
}
