import type { SeedProduct } from "../../types"

type OptionsAndVariants = Pick<SeedProduct, "options" | "variants">

/** [option value, SKU, price (KRW, VAT incl.), stock] */
export type VariantRow = [value: string, sku: string, price: number, stock: number]

/** A product with one option; one variant per row. */
export function oneOption(title: string, rows: VariantRow[]): OptionsAndVariants {
  return {
    options: [{ title, values: rows.map((r) => r[0]) }],
    variants: rows.map(([value, sku, price, stock]) => ({
      title: value,
      sku,
      price,
      stock,
      options: { [title]: value },
    })),
  }
}

/** A product with two options; rows list every combination that is sold. */
export function twoOptions(
  first: string,
  second: string,
  rows: [a: string, b: string, sku: string, price: number, stock: number][]
): OptionsAndVariants {
  const uniq = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) === i)
  return {
    options: [
      { title: first, values: uniq(rows.map((r) => r[0])) },
      { title: second, values: uniq(rows.map((r) => r[1])) },
    ],
    variants: rows.map(([a, b, sku, price, stock]) => ({
      title: `${a} / ${b}`,
      sku,
      price,
      stock,
      options: { [first]: a, [second]: b },
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
