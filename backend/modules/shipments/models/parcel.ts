import { model } from "@medusajs/framework/utils"
import { ParcelItem } from "./parcel-item"

/**
 * One maker's parcel of a paid order (업체별 배송: each maker packs and ships its own). Created
 * when the order becomes paid, one per (order, maker); the seller ships it (a Medusa fulfillment
 * of exactly its items, then a shipment with the 송장번호), the customer or the
 * 7-day job confirms it (구매확정), and settlement counts confirmed parcels only.
 */
export const Parcel = model
  .define("parcel", {
    id: model.id({ prefix: "pcl" }).primaryKey(),
    order_id: model.text(),
    maker_id: model.text(),
    /** the Medusa fulfillment made when it shipped */
    fulfillment_id: model.text().nullable(),
    /** lib/shipping/carriers.ts code (cj, hanjin, lotte, epost, logen, kdexp, direct) */
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    status: model.enum(["awaiting", "shipped", "confirmed", "canceled"]).default("awaiting"),
    shipped_at: model.dateTime().nullable(),
    confirmed_at: model.dateTime().nullable(),
    confirmed_by: model.enum(["customer", "auto", "staff"]).nullable(),
    /** whole won, VAT included: this maker's parcel fee as charged (order.metadata.maker_shipping) */
    shipping_amount: model.number().default(0),
    canceled_at: model.dateTime().nullable(),
    items: model.hasMany(() => ParcelItem, { mappedBy: "parcel" }),
  })
  .cascades({ delete: ["items"] })
  .indexes([
    { on: ["order_id", "maker_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["maker_id", "status"], where: "deleted_at IS NULL" },
    { on: ["status", "shipped_at"], where: "deleted_at IS NULL" },
  ])
