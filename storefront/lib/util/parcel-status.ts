import type { OrderParcel } from "@/lib/data/orders"

/** How a customer reads a parcel's status. */
export const PARCEL_STATUS_LABEL: Record<OrderParcel["status"], string> = {
  awaiting: "배송 준비 중",
  shipped: "배송 중",
  confirmed: "구매확정",
  canceled: "취소됨",
}

export const parcelStatusLabel = (status: string) => PARCEL_STATUS_LABEL[status as OrderParcel["status"]] ?? "확인 중"

/** The customer confirms a parcel once it is on its way (before that there is nothing to receive). */
export const canConfirmParcel = (parcel: Pick<OrderParcel, "status">) => parcel.status === "shipped"

/** "자동 구매확정" when the 7 days ran out, so the customer knows why it changed without them. */
export function confirmedNote(parcel: Pick<OrderParcel, "status" | "confirmed_by">): string | null {
  if (parcel.status !== "confirmed") return null
  return parcel.confirmed_by === "auto" ? "배송 후 7일이 지나 자동으로 구매확정되었습니다." : null
}
