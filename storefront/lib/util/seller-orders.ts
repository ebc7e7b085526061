/** 판매자센터 주문 tabs, in order (the API's parcel status; 발송 대기 first). */
export const SELLER_ORDER_TABS = [
  { status: "awaiting", label: "발송 대기" },
  { status: "shipped", label: "발송 완료" },
  { status: "confirmed", label: "구매확정" },
  { status: "canceled", label: "취소·반품" },
] as const

export type SellerOrderTab = (typeof SELLER_ORDER_TABS)[number]["status"]

export function sellerOrderTab(value: unknown): SellerOrderTab {
  return SELLER_ORDER_TABS.find((t) => t.status === value)?.status ?? "awaiting"
}

/** 수령인 address on one line, as a label printer wants it: (우편번호) 기본주소 상세주소. */
export function recipientAddressLine(r: { postal_code: string | null; address_1: string | null; address_2: string | null }): string {
  return [r.postal_code ? `(${r.postal_code})` : "", r.address_1 ?? "", r.address_2 ?? ""].filter(Boolean).join(" ")
}

/** The CSV header sellers fill in (the form 택배사 exports already use). */
export const BULK_SHIP_TEMPLATE = "주문번호,택배사,송장번호\n"
