import { z } from "@medusajs/framework/zod"
import { pagingSchema } from "../../utils/list-query"

export const SELLER_PRODUCT_STATUSES = ["draft", "proposed", "published", "rejected"] as const

const MAX_PRICE = 10_000_000

/**
 * Whole won, VAT included (20,000원 = 20000). A refinement, not z.number().int(): Medusa's
 * formatter would word type and range errors in English.
 */
const won = (subject: string) =>
  z.custom<number>((v) => typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= MAX_PRICE, {
    message: `${subject} 1원부터 10,000,000원까지 원 단위 정수(부가세 포함)로 입력하세요`,
  })

const stock = z.custom<number>((v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 100_000, {
  message: "재고는 0부터 100,000까지의 정수로 입력하세요",
})

/** One line of text with no markup: HTML in a title is refused, not silently stripped. */
export const plainLine = (label: string, max: number) =>
  z
    .string({ message: `${label}을(를) 입력하세요` })
    .trim()
    .min(1, `${label}을(를) 입력하세요`)
    .max(max, `${label}은(는) ${max}자 이하여야 합니다`)
    .refine((v) => !/[<>]/.test(v), { message: `${label}에는 HTML을 쓸 수 없습니다` })

const TierPrice = z
  .object({
    min_quantity: z.custom<number>((v) => typeof v === "number" && Number.isInteger(v) && v >= 2 && v <= 10_000, {
      message: "구간 가격의 최소 수량(min_quantity)은 2 이상의 정수여야 합니다",
    }),
    price: won("구간 가격은"),
  })
  .strict()

const Variant = z
  .object({
    title: plainLine("옵션 이름", 100),
    /** option title → value, e.g. { "구성": "3봉" } */
    options: z.record(z.string(), z.string().trim().min(1).max(50)),
    sku: z.string().trim().regex(/^[A-Za-z0-9-]{1,50}$/, "SKU는 영문, 숫자, 하이픈으로 50자 이하여야 합니다").optional(),
    price: won("가격은"),
    stock,
    tier_prices: z.array(TierPrice).max(5, "구간 가격은 5개까지입니다").optional(),
  })
  .strict()

const Option = z
  .object({
    title: plainLine("옵션 종류", 30),
    values: z.array(plainLine("옵션 값", 50)).min(1, "옵션 값을 하나 이상 입력하세요").max(20, "옵션 값은 20개까지입니다"),
  })
  .strict()

const content = {
  title: plainLine("상품명", 100),
  subtitle: plainLine("부제", 200).optional(),
  /** rich text; stored sanitized by the shared configuration */
  description: z.string({ message: "설명은 문자열이어야 합니다" }).max(20_000, "설명은 20,000자 이하여야 합니다").optional(),
  category_id: z.string({ message: "카테고리를 고르세요" }).min(1, "카테고리를 고르세요").max(100).optional(),
}

export const SellerCreateProduct = z
  .object({
    ...content,
    weight_g: z.custom<number>((v) => typeof v === "number" && Number.isInteger(v) && v > 0 && v <= 100_000, {
      message: "무게는 그램 단위 양의 정수로 입력하세요",
    }).optional(),
    options: z.array(Option).min(1, "옵션 종류를 하나 이상 입력하세요 (예: 구성 — 1봉, 3봉)").max(3, "옵션 종류는 3개까지입니다"),
    variants: z.array(Variant).min(1, "옵션을 하나 이상 입력하세요").max(20, "옵션은 20개까지입니다"),
  })
  .strict()
  .superRefine((body, ctx) => {
    const titles = body.options.map((o) => o.title)
    for (const variant of body.variants) {
      const keys = Object.keys(variant.options)
      const fits = keys.length === titles.length && titles.every((t) => body.options.find((o) => o.title === t)!.values.includes(variant.options[t]))
      if (!fits) ctx.addIssue({ code: "custom", message: `옵션 "${variant.title}"의 값이 옵션 종류(${titles.join(", ")})와 맞지 않습니다` })
    }
  })
export type SellerCreateProductType = z.infer<typeof SellerCreateProduct>

export const SellerUpdateProduct = z.object(content).partial().strict()
export type SellerUpdateProductType = z.infer<typeof SellerUpdateProduct>

export const SellerUpdateVariant = z
  .object({ price: won("가격은").optional(), stock: stock.optional(), tier_prices: z.array(TierPrice).max(5, "구간 가격은 5개까지입니다").optional() })
  .strict()
export type SellerUpdateVariantType = z.infer<typeof SellerUpdateVariant>

export const SellerListProductsQuery = z
  .object({
    ...pagingSchema,
    status: z.enum(SELLER_PRODUCT_STATUSES, { message: `status는 ${SELLER_PRODUCT_STATUSES.join(", ")} 중 하나여야 합니다` }).optional(),
    q: z.string().trim().max(50, "검색어는 50자 이하여야 합니다").optional(),
  })
  .strict()
export type SellerListProductsQueryType = z.infer<typeof SellerListProductsQuery>
