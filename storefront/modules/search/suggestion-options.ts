import type { SearchSuggestions } from "../../lib/data/search-types"

/** One choice in the header search box's list, with where choosing it leads. */
export type SuggestionOption = {
  id: string
  label: string
  href: string
  thumbnail?: string | null
  price?: number | null
}

export type SuggestionGroup = { key: keyof SearchSuggestions; label: string; options: SuggestionOption[] }

const GROUP_LABELS: Record<keyof SearchSuggestions, string> = {
  products: "상품",
  makers: "만든 곳",
  brands: "공동브랜드",
}

/**
 * The suggestion groups in display order (상품, 만든 곳, 공동브랜드), empty groups left out.
 * Option ids are prefixed with the box's own id, so aria-activedescendant stays unique on the page.
 */
export function suggestionGroups(idPrefix: string, found: SearchSuggestions): SuggestionGroup[] {
  const groups: SuggestionGroup[] = [
    {
      key: "products",
      label: GROUP_LABELS.products,
      options: found.products.map((product) => ({
        id: `${idPrefix}-product-${product.handle}`,
        label: product.title,
        href: `/products/${product.handle}`,
        thumbnail: product.thumbnail,
        price: product.price,
      })),
    },
    {
      key: "makers",
      label: GROUP_LABELS.makers,
      options: found.makers.map((maker) => ({
        id: `${idPrefix}-maker-${maker.handle}`,
        label: maker.name,
        href: `/makers/${maker.handle}`,
      })),
    },
    {
      key: "brands",
      label: GROUP_LABELS.brands,
      options: found.brands.map((brand) => ({
        id: `${idPrefix}-brand-${brand.handle}`,
        label: brand.name,
        href: `/brands/${brand.handle}`,
      })),
    },
  ]
  return groups.filter((group) => group.options.length > 0)
}
