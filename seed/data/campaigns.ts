/**
 * 특판전 of the seed: the real 경남 하루장터 of 2024 (past, with the sales we record for it) and
 * one live and one upcoming campaign placed relative to the seeding time, so the pages are
 * never empty. Products of makers the tests do not buy from, so a seeded shop's live campaign
 * never moves a price a test expects (the tests seed without campaigns anyway).
 */
export type SeedCampaignItem = { product: string; discount_type: "percent" | "fixed_price"; discount_value: number; per_customer_limit?: number }
export type SeedCampaign = {
  handle: string
  title: string
  host_center: string
  co_hosts: string[]
  description: string
  /** Korean wall-clock time, or hours relative to the seeding time (rounded to the hour). */
  window: { starts_at: string; ends_at: string } | { from_hours: number; to_hours: number }
  discount_bearer: "maker" | "center" | "split"
  maker_share_percent?: number
  items: SeedCampaignItem[]
  /** Sales recorded for a campaign held before the shop existed: product handle + variant SKU, quantity. */
  history?: { order: string; sku: string; quantity: number }[]
}

export const SEED_CAMPAIGNS: SeedCampaign[] = [
  {
    handle: "gyeongnam-haru-jangteo-2024",
    title: "경상남도와 함께하는 가정의달 맞이 자활생산물품 하루장터",
    host_center: "경남광역자활센터",
    co_hosts: ["경상남도", "(사)경남지역자활센터협회"],
    description:
      "<p>2024년 5월 3일 경상남도청 신관 앞에서 열린 가정의달 하루장터입니다. 경남의 자활기업과 자활근로사업단이 만든 상품을 하루 동안 특별한 값에 선보였습니다.</p>",
    window: { starts_at: "2024-05-03T10:00", ends_at: "2024-05-03T17:00" },
    discount_bearer: "split",
    maker_share_percent: 50,
    items: [
      { product: "gyeongnam-family-month-haru-set", discount_type: "fixed_price", discount_value: 39_000, per_customer_limit: 5 },
      { product: "hadong-deokkeum-green-tea", discount_type: "percent", discount_value: 20 },
      { product: "miryang-chalborissal", discount_type: "percent", discount_value: 15 },
      { product: "plate-eco-stainless-container-3", discount_type: "percent", discount_value: 10 },
    ],
    history: [
      { order: "01", sku: "GN-HARU-FAMILY-SET", quantity: 2 },
      { order: "01", sku: "HDT-GREEN-50", quantity: 1 },
      { order: "02", sku: "MRH-CHALBORI-3K", quantity: 3 },
      { order: "03", sku: "PLE-CONTAINER-3", quantity: 1 },
      { order: "03", sku: "GN-HARU-FAMILY-SET", quantity: 1 },
      { order: "04", sku: "HDT-GREEN-100", quantity: 2 },
      { order: "05", sku: "MRH-CHALBORI-1K", quantity: 4 },
    ],
  },
  {
    handle: "year-end-gift-campaign",
    title: "연말 감사 선물 특판전",
    host_center: "서울광역자활센터",
    co_hosts: ["한국지역자활센터협회"],
    description: "<p>한 해 고마웠던 분께 자활기업의 정성을 전하세요. 기간 동안 반찬과 친환경 생활용품을 특별한 값에 드립니다.</p>",
    window: { from_hours: -24, to_hours: 21 * 24 },
    discount_bearer: "center",
    items: [
      { product: "haengbok-banchan-mitbanchan-4", discount_type: "percent", discount_value: 15 },
      { product: "haengbok-banchan-jangjorim", discount_type: "percent", discount_value: 10 },
      { product: "plate-eco-reusable-cup-10", discount_type: "fixed_price", discount_value: 12_900, per_customer_limit: 3 },
      { product: "plate-eco-vacuum-tumbler-500", discount_type: "percent", discount_value: 20 },
    ],
  },
  {
    handle: "lunar-new-year-campaign",
    title: "설 명절 자활 선물 특판전",
    host_center: "경남광역자활센터",
    co_hosts: ["경상남도"],
    description: "<p>설 명절 선물을 미리 준비하세요. 경남 자활기업의 차와 곡물 선물을 특별한 값에 드립니다.</p>",
    window: { from_hours: 30 * 24, to_hours: 37 * 24 },
    discount_bearer: "maker",
    items: [
      { product: "hadong-balhyo-tea-teabag", discount_type: "percent", discount_value: 15 },
      { product: "miryang-ogok-japgok", discount_type: "percent", discount_value: 10 },
    ],
  },
]
