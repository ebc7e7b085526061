import { z } from "@medusajs/framework/zod"
import { parseSeoulDateTime } from "../../../lib/dates/seoul-datetime"
import { safeImageUrl } from "../../../lib/security/safe-url"
import { handleSchema, pagingSchema } from "../../utils/list-query"

const when = (subject: string) =>
  z.string().refine((v) => parseSeoulDateTime(v) !== null, {
    message: `${subject} 2024-05-03T10:00(한국 시간) 또는 시간대가 붙은 ISO 형식(2024-05-03T10:00:00+09:00)으로 입력하세요`,
  })

const wholeNumber = (message: string, min: number) =>
  z.custom<number>((v) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= 100_000_000, { message })

/** A product and its discount, as staff set it and as a maker proposes it (판매자센터 reuses it). */
export const campaignItemFields = {
  product_id: z.string().trim().min(1, "상품(product_id)을 지정하세요").max(100),
  discount_type: z.enum(["percent", "fixed_price"], { message: "할인 방식(discount_type)은 percent 또는 fixed_price여야 합니다" }),
  discount_value: wholeNumber("할인 값은 1 이상의 정수여야 합니다 (할인율은 %, 특판가는 원 단위)", 1),
  per_customer_limit: wholeNumber("1인 구매 한도는 1 이상의 정수여야 합니다", 1).nullish(),
}
export const percentInRange = (i: { discount_type: string; discount_value: number }) => i.discount_type !== "percent" || i.discount_value <= 99
export const PERCENT_RANGE = { message: "할인율은 1%부터 99%까지 정수로 입력하세요", path: ["discount_value"] }

export const CampaignItemSchema = z
  .object({
    ...campaignItemFields,
    state: z.enum(["accepted", "proposed", "declined"], { message: "state는 accepted, proposed, declined 중 하나여야 합니다" }).optional(),
  })
  .strict()
  .refine((i) => i.discount_type !== "percent" || i.discount_value <= 99, { message: "할인율은 1%부터 99%까지 정수로 입력하세요", path: ["discount_value"] })

/** All products of a maker at one discount (staff pick makers instead of products). */
const MakerItemSchema = z
  .object({
    maker_id: z.string().trim().min(1, "만든 곳(maker_id)을 지정하세요").max(100),
    discount_type: z.enum(["percent", "fixed_price"], { message: "할인 방식(discount_type)은 percent 또는 fixed_price여야 합니다" }),
    discount_value: wholeNumber("할인 값은 1 이상의 정수여야 합니다 (할인율은 %, 특판가는 원 단위)", 1),
    per_customer_limit: wholeNumber("1인 구매 한도는 1 이상의 정수여야 합니다", 1).nullish(),
  })
  .strict()
  .refine((i) => i.discount_type !== "percent" || i.discount_value <= 99, { message: "할인율은 1%부터 99%까지 정수로 입력하세요", path: ["discount_value"] })

const campaignFields = {
  title: z.string().trim().min(1, "제목을 입력하세요").max(200),
  handle: handleSchema,
  host_center: z.string().trim().min(1, "주최 센터를 입력하세요").max(100),
  co_hosts: z.array(z.string().trim().min(1, "공동 주최·후원 이름을 입력하세요").max(100)).max(10, "공동 주최·후원은 10곳까지 넣을 수 있습니다").optional(),
  description: z.string().max(20_000, "소개는 20,000자까지 쓸 수 있습니다").optional(),
  banner_url: safeImageUrl().nullish(),
  starts_at: when("시작 시각은"),
  ends_at: when("종료 시각은"),
  discount_bearer: z.enum(["maker", "center", "split"], { message: "할인 부담(discount_bearer)은 maker, center, split 중 하나여야 합니다" }).optional(),
  maker_share_percent: wholeNumber("만든 곳 부담 비율은 1부터 99까지 정수로 입력하세요", 1).nullish(),
  call_starts_at: when("참여 신청 시작은").nullish(),
  call_ends_at: when("참여 신청 마감은").nullish(),
  call_note: z.string().trim().max(2000, "참여 안내는 2,000자까지 쓸 수 있습니다").nullish(),
}

export const AdminCreateCampaign = z
  .object({ ...campaignFields, items: z.array(CampaignItemSchema).max(2000, "상품은 2,000개까지 넣을 수 있습니다").optional() })
  .strict()
export const AdminUpdateCampaign = z.object(campaignFields).partial().strict()
export const AdminSetCampaignItems = z
  .object({
    items: z.array(CampaignItemSchema).max(2000, "상품은 2,000개까지 넣을 수 있습니다").optional(),
    makers: z.array(MakerItemSchema).max(100, "만든 곳은 100곳까지 넣을 수 있습니다").optional(),
  })
  .strict()
export type AdminCreateCampaignType = z.infer<typeof AdminCreateCampaign>
export type AdminUpdateCampaignType = z.infer<typeof AdminUpdateCampaign>
export type AdminSetCampaignItemsType = z.infer<typeof AdminSetCampaignItems>

export const AdminListCampaignsQuery = z
  .object({ ...pagingSchema, q: z.string().trim().max(50).optional(), status: z.enum(["draft", "published"]).optional() })
  .strict()
export type AdminListCampaignsQueryType = z.infer<typeof AdminListCampaignsQuery>

/** Staff decision on a maker's proposal; the reason is shown to that maker. */
export const AdminAcceptCampaignItem = z.object({}).strict()
export const AdminDeclineCampaignItem = z
  .object({ reason: z.string().trim().max(500, "거절 사유는 500자까지 쓸 수 있습니다").nullish() })
  .strict()
export type AdminDeclineCampaignItemType = z.infer<typeof AdminDeclineCampaignItem>

export const AdminCampaignResultsQuery = z.object({ format: z.enum(["json", "csv"], { message: "format은 json 또는 csv여야 합니다" }).optional() }).strict()

export const AdminCampaignProductSearchQuery = z
  .object({
    ...pagingSchema,
    q: z.string().trim().max(50).optional(),
    maker_id: z.string().trim().max(100).optional(),
  })
  .strict()
export type AdminCampaignProductSearchQueryType = z.infer<typeof AdminCampaignProductSearchQuery>
