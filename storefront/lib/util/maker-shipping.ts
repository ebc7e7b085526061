import { formatWon } from "./money"

/** 배송비 of one maker's parcel as the cart shows it: "3,000원" or "무료배송". */
export function shippingFeeLabel(fee: number): string {
  return fee > 0 ? formatWon(fee) : "무료배송"
}

/** "12,000원 더 담으면 무료배송" while a maker's parcel still pays shipping; null otherwise. */
export function freeShippingHint(remaining: number, fee: number): string | null {
  return fee > 0 && remaining > 0 ? `${formatWon(remaining)} 더 담으면 무료배송` : null
}
