import type { SeedProduct, SeedVariant } from "../../types"

type OptionsAndVariants = Pick<SeedProduct, "options" | "variants">

/** Kit components and/or quantity-break prices of one variant (see SeedVariant). */
export type VariantExtra = Pick<SeedVariant, "components" | "tiers">

/**
 * [option value, SKU, price (KRW, VAT incl.), stock, extra?]. A kit (extra.components) holds no
 * stock of its own: write 0.
 */
export type VariantRow = [value: string, sku: string, price: number, stock: number, extra?: VariantExtra]

/** One kit component: `quantity` units of the (non-kit) variant with this SKU. */
export const of = (sku: string, quantity = 1) => ({ sku, quantity })

/** Quantity-break prices, as [min_quantity, unit price] pairs in ascending order. */
export const tiers = (...pairs: [min_quantity: number, price: number][]): VariantExtra["tiers"] =>
  pairs.map(([min_quantity, price]) => ({ min_quantity, price }))

const extraOf = (extra?: VariantExtra): VariantExtra => ({
  ...(extra?.components ? { components: extra.components } : {}),
  ...(extra?.tiers ? { tiers: extra.tiers } : {}),
})

/** A product with one option; one variant per row. */
export function oneOption(title: string, rows: VariantRow[]): OptionsAndVariants {
  return {
    options: [{ title, values: rows.map((r) => r[0]) }],
    variants: rows.map(([value, sku, price, stock, extra]) => ({
      title: value,
      sku,
      price,
      stock,
      options: { [title]: value },
      ...extraOf(extra),
    })),
  }
}

/** A product with two options; rows list every combination that is sold. */
export function twoOptions(
  first: string,
  second: string,
  rows: [a: string, b: string, sku: string, price: number, stock: number, extra?: VariantExtra][]
): OptionsAndVariants {
  const uniq = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) === i)
  return {
    options: [
      { title: first, values: uniq(rows.map((r) => r[0])) },
      { title: second, values: uniq(rows.map((r) => r[1])) },
    ],
    variants: rows.map(([a, b, sku, price, stock, extra]) => ({
      title: `${a} / ${b}`,
      sku,
      price,
      stock,
      options: { [first]: a, [second]: b },
      ...extraOf(extra),
    })),
  }
}

/** Description text: paragraphs separated by a blank line. */
export const paragraphs = (...ps: string[]): string => ps.join("\n\n")

/** Tag that marks a gift set assembled from products of several makers. */
export const MULTI_MAKER_TAG = "연합세트"

/** Storage/shipping note shared by the chilled meal kits. */
export const MEALKIT_NOTE =
  "손질한 재료와 양념을 한 상자에 담아 냉장 배송합니다. 받으신 날부터 3일 안에 조리하시고, 바로 드시지 않을 재료는 냉동 보관하세요."
