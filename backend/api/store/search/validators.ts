import { z } from "@medusajs/framework/zod"
import { PRICE_BANDS, SORTS } from "../../../modules/search/types"

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_VALUES = 20

/** A repeatable parameter: ?maker=a&maker=b or ?maker=a,b (or both), trimmed, empties dropped. */
function repeatable<T extends z.ZodTypeAny>(item: T, name: string) {
  return z.preprocess(
    (value) => {
      if (value === undefined) return []
      const list = Array.isArray(value) ? value : [value]
      return list.flatMap((v) => (typeof v === "string" ? v.split(",") : [v])).map((v) => (typeof v === "string" ? v.trim() : v)).filter((v) => v !== "")
    },
    z.array(item).max(MAX_VALUES, `${name}는 ${MAX_VALUES}개까지 지정할 수 있습니다`)
  )
}

const handle = (name: string) => z.string({ message: `${name}는 문자열이어야 합니다` }).max(100).regex(HANDLE, `${name}는 영문 소문자, 숫자, 하이픈(-)으로 된 핸들이어야 합니다`)

export const StoreSearchQuery = z
  .object({
    q: z.string({ message: "q는 문자열이어야 합니다" }).trim().max(100, "검색어(q)는 100자까지 입력할 수 있습니다").optional(),
    category: repeatable(handle("category"), "category"),
    maker: repeatable(handle("maker"), "maker"),
    region: repeatable(z.string().min(2, "region은 시·도 이름이어야 합니다").max(20, "region은 시·도 이름이어야 합니다"), "region"),
    brand: repeatable(handle("brand"), "brand"),
    price_band: repeatable(z.enum(PRICE_BANDS, { message: `price_band는 ${PRICE_BANDS.join(", ")} 중 하나여야 합니다` }), "price_band"),
    certification: repeatable(z.string().min(1).max(50, "certification은 50자까지입니다"), "certification"),
    sort: z.enum(SORTS, { message: `sort는 ${SORTS.join(", ")} 중 하나여야 합니다` }).default("relevance"),
    page: z.coerce.number({ message: "page는 숫자여야 합니다" }).int("page는 정수여야 합니다").min(1, "page는 1 이상이어야 합니다").default(1),
    limit: z.coerce.number({ message: "limit은 숫자여야 합니다" }).int("limit은 정수여야 합니다").min(1, "limit은 1 이상이어야 합니다").max(48, "limit은 48 이하여야 합니다").default(24),
  })
  .strict()

export type StoreSearchQueryType = z.infer<typeof StoreSearchQuery>

export const StoreSearchSuggestQuery = z
  .object({
    q: z.string({ message: "검색어(q)를 입력해 주세요" }).trim().min(1, "검색어(q)를 입력해 주세요").max(50, "검색어(q)는 50자까지 입력할 수 있습니다"),
  })
  .strict()

export type StoreSearchSuggestQueryType = z.infer<typeof StoreSearchSuggestQuery>
