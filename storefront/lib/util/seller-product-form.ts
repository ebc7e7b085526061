import type { Checked, FieldErrors } from "./account-forms"

/**
 * The 판매자센터 product forms as the API takes them (backend/api/seller/products/validators.ts),
 * pure so they are unit-tested. The form names fields so an error lands at its input:
 * `variants.0.price`, `variants.0.tiers.1.min_quantity`, … The API checks everything again;
 * these checks use its limits and words, and say which option row is wrong.
 */

type Input = Record<string, unknown>

export const MAX_PRICE = 10_000_000
export const MAX_STOCK = 100_000
export const MAX_VARIANTS = 20
export const MAX_TIERS = 5

export const PRICE_ERROR = "가격은 1원부터 10,000,000원까지 원 단위 정수(부가세 포함)로 입력하세요"
export const TIER_PRICE_ERROR = "구간 가격은 1원부터 10,000,000원까지 원 단위 정수(부가세 포함)로 입력하세요"
export const STOCK_ERROR = "재고는 0부터 100,000까지의 정수로 입력하세요"
export const TIER_QUANTITY_ERROR = "최소 수량은 2 이상의 정수로 입력하세요"

export type TierPrice = { min_quantity: number; price: number }
export type VariantPricing = { price: number; stock: number; tier_prices: TierPrice[] }
export type ProductContent = { title: string; subtitle?: string; description?: string; category_id?: string }
export type NewProductBody = ProductContent & {
  weight_g?: number
  options: { title: string; values: string[] }[]
  variants: ({ title: string; options: Record<string, string> } & VariantPricing)[]
}

function text(input: Input, key: string): string {
  const value = input[key]
  return typeof value === "string" ? value.trim() : ""
}

/**
 * A whole number as typed ("20,000", "20000원", " 3 "), or null for anything else: a decimal
 * point, a sign, letters. Never rounds: 1.5 is an error, not 2.
 */
export function parseWholeNumber(raw: string): number | null {
  const cleaned = raw.replace(/[\s,]/g, "").replace(/(원|개)$/, "")
  if (!/^\d{1,9}$/.test(cleaned)) return null
  return Number(cleaned)
}

function inRange(value: number | null, min: number, max: number): value is number {
  return value !== null && value >= min && value <= max
}

/** Indexes used by `prefix.N.` names, in order (rows can be removed in the middle). */
export function rowIndexes(input: Input, prefix: string): number[] {
  const pattern = new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.(\\d+)\\.`)
  const found = new Set<number>()
  for (const key of Object.keys(input)) {
    const match = pattern.exec(key)
    if (match) found.add(Number(match[1]))
  }
  return [...found].sort((a, b) => a - b)
}

/** Price, stock and tier prices of one option row; `prefix` is "" (a variant's own form) or "variants.0.". */
export function parseVariantPricing(
  input: Input,
  prefix: string,
  errors: FieldErrors<string>
): VariantPricing {
  const price = parseWholeNumber(text(input, `${prefix}price`))
  if (!inRange(price, 1, MAX_PRICE)) errors[`${prefix}price`] = PRICE_ERROR
  const stock = parseWholeNumber(text(input, `${prefix}stock`))
  if (!inRange(stock, 0, MAX_STOCK)) errors[`${prefix}stock`] = STOCK_ERROR
  const tier_prices: TierPrice[] = []
  for (const t of rowIndexes(input, `${prefix}tiers`)) {
    const at = `${prefix}tiers.${t}.`
    const rawQuantity = text(input, `${at}min_quantity`)
    const rawPrice = text(input, `${at}price`)
    if (!rawQuantity && !rawPrice) continue
    const min_quantity = parseWholeNumber(rawQuantity)
    const tierPrice = parseWholeNumber(rawPrice)
    if (!inRange(min_quantity, 2, 10_000)) errors[`${at}min_quantity`] = TIER_QUANTITY_ERROR
    if (!inRange(tierPrice, 1, MAX_PRICE)) errors[`${at}price`] = TIER_PRICE_ERROR
    if (min_quantity !== null && tierPrice !== null) tier_prices.push({ min_quantity, price: tierPrice })
  }
  if (tier_prices.length > MAX_TIERS) errors[`${prefix}tiers`] = `구간 가격은 ${MAX_TIERS}개까지입니다`
  const quantities = tier_prices.map((t) => t.min_quantity)
  if (new Set(quantities).size !== quantities.length) errors[`${prefix}tiers`] = "같은 최소 수량의 구간 가격이 두 번 있습니다"
  return { price: price ?? 0, stock: stock ?? 0, tier_prices: tier_prices.sort((a, b) => a.min_quantity - b.min_quantity) }
}

function plainLine(input: Input, key: string, label: string, max: number, errors: FieldErrors<string>, required: boolean) {
  const value = text(input, key)
  if (!value) {
    if (required) errors[key] = `${label}을(를) 입력하세요`
  } else if (value.length > max) errors[key] = `${label}은(는) ${max}자 이하여야 합니다`
  else if (/[<>]/.test(value)) errors[key] = `${label}에는 HTML을 쓸 수 없습니다`
  return value
}

/**
 * The description as typed. Plain text (no tag) becomes paragraphs, so line breaks survive in
 * the shop; text with tags goes as it is (the server sanitizes either way).
 */
export function descriptionHtml(raw: string): string {
  const value = raw.trim()
  if (!value || /<[a-z/!]/i.test(value)) return value
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
  return value
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escape(paragraph.trim()).replace(/\r?\n/g, "<br>")}</p>`)
    .join("")
}

export function parseProductContent(input: Input, errors: FieldErrors<string>): ProductContent {
  const title = plainLine(input, "title", "상품명", 100, errors, true)
  const subtitle = plainLine(input, "subtitle", "부제", 200, errors, false)
  const description = descriptionHtml(typeof input.description === "string" ? input.description : "")
  if (description.length > 20_000) errors.description = "설명은 20,000자 이하여야 합니다"
  const category_id = text(input, "category_id")
  return {
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(description ? { description } : {}),
    ...(category_id ? { category_id } : {}),
  }
}

/**
 * 상품 등록: content, one option kind (옵션 종류, e.g. 구성) and one row per value (1봉, 3봉), each
 * with its price in whole won VAT included, stock and tier prices.
 */
export function parseNewProduct(input: Input): Checked<string, NewProductBody> {
  const errors: FieldErrors<string> = {}
  const content = parseProductContent(input, errors)
  if (!content.category_id) errors.category_id = "카테고리를 고르세요"
  const rawWeight = text(input, "weight_g")
  const weight = rawWeight ? parseWholeNumber(rawWeight.replace(/g$/i, "")) : null
  if (rawWeight && !inRange(weight, 1, 100_000)) errors.weight_g = "무게는 그램 단위 양의 정수로 입력하세요"
  const optionTitle = plainLine(input, "option_title", "옵션 종류", 30, errors, true)

  const rows = rowIndexes(input, "variants")
  if (rows.length === 0) errors.variants = "옵션을 하나 이상 입력하세요"
  if (rows.length > MAX_VARIANTS) errors.variants = `옵션은 ${MAX_VARIANTS}개까지입니다`
  const seen = new Set<string>()
  const variants: NewProductBody["variants"] = rows.map((row) => {
    const prefix = `variants.${row}.`
    const value = plainLine(input, `${prefix}value`, "옵션 값", 50, errors, true)
    if (value && seen.has(value)) errors[`${prefix}value`] = `옵션 값 "${value}"이(가) 두 번 있습니다`
    seen.add(value)
    const pricing = parseVariantPricing(input, prefix, errors)
    return { title: value, options: { [optionTitle]: value }, ...pricing }
  })
  const body: NewProductBody = {
    ...content,
    ...(weight !== null && rawWeight ? { weight_g: weight } : {}),
    options: [{ title: optionTitle, values: variants.map((v) => v.title) }],
    variants,
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values: body }
}

/** A variant's own form (가격·재고 저장): no prefix. */
export function parseVariantUpdate(input: Input): Checked<string, VariantPricing> {
  const errors: FieldErrors<string> = {}
  const pricing = parseVariantPricing(input, "", errors)
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values: pricing }
}

/** Only what changed, so an edit of a product on sale asks approval for exactly that. */
export function contentChanges(current: ProductContent, next: ProductContent): Partial<ProductContent> {
  const changes: Partial<ProductContent> = {}
  for (const key of ["title", "subtitle", "description", "category_id"] as const) {
    const value = next[key]
    if (value !== undefined && value !== (current[key] ?? undefined)) changes[key] = value
  }
  return changes
}

/**
 * The form field an API 400 is about, when its Korean message names one (the API answers with
 * one message, no field path); undefined when it is about the whole form.
 */
export function fieldOfApiMessage(message: string): string | undefined {
  if (/^상품명/.test(message)) return "title"
  if (/^부제/.test(message)) return "subtitle"
  if (/^설명/.test(message)) return "description"
  if (/카테고리/.test(message)) return "category_id"
  if (/^무게/.test(message)) return "weight_g"
  if (/^옵션 종류/.test(message)) return "option_title"
  return undefined
}
