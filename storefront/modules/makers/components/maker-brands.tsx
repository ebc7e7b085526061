import Link from "next/link"
import type { MakerBrand } from "@/lib/data/makers"
import { MakerSection } from "@/modules/makers/components/maker-section"

/** The joint brands (공동브랜드) the maker sells under. */
export function MakerBrands({ brands }: { brands: MakerBrand[] }) {
  if (brands.length === 0) {
    return null
  }
  return (
    <MakerSection id="maker-brands" title="공동브랜드">
      <ul className="space-y-2">
        {brands.map((brand) => (
          <li key={brand.id}>
            <Link
              href={`/brands/${brand.handle}`}
              className="block rounded-xl border border-cream-200 bg-white p-4 transition-colors hover:border-brand-500 hover:bg-brand-50"
            >
              <span className="block font-semibold text-brand-700">{brand.name}</span>
              {brand.slogan && <span className="block text-sm text-ink-500">{brand.slogan}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </MakerSection>
  )
}
