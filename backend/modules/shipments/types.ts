export type ParcelStatus = "awaiting" | "shipped" | "confirmed" | "canceled"
export type ConfirmedBy = "customer" | "auto" | "staff"

export const PARCEL_SHIPPED_EVENT = "parcel.shipped"
export const PARCEL_CONFIRMED_EVENT = "parcel.confirmed"

/** Data of parcel.shipped / parcel.confirmed. */
export type ParcelEventData = { id: string; order_id: string; maker_id: string }
