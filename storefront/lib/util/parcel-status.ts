/** A parcel's status as GET /store/orders/:id/parcels gives it (kept here so this file imports nothing). */
export type ParcelStatus = "awaiting" | "shipped" | "confirmed" | "canceled"
type ParcelLike = { status: string; confirmed_by?: string | null }

/** How a customer reads a parcel's status. */
export const PARCEL_STATUS_LABEL: Record<ParcelStatus, string> = {
  awaiting: "배송 준비 중",
  shipped: "배송 중",
  confirmed: "구매확정",
  canceled: "취소됨",
}

export const parcelStatusLabel = (status: string) => PARCEL_STATUS_LABEL[status as ParcelStatus] ?? "확인 중"

/** The customer confirms a parcel once it is on its way (before that there is nothing to receive). */
export const canConfirmParcel = (parcel: ParcelLike) => parcel.status === "shipped"

/** "자동 구매확정" when the 7 days ran out, so the customer knows why it changed without them. */
export function confirmedNote(parcel: ParcelLike): string | null {
  if (parcel.status !== "confirmed") return null
  return parcel.confirmed_by === "auto" ? "배송 후 7일이 지나 자동으로 구매확정되었습니다." : null
}
