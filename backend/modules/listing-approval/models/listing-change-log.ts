import { model } from "@medusajs/framework/utils"

/**
 * 가격·재고 변경 기록: price, tier prices and stock apply at once (no approval), so each change is
 * kept here — who (member), when (created_at), which variant, old → new. Written by the seller
 * variant workflow; never edited.
 */
export const ListingChangeLog = model
  .define("listing_change_log", {
    id: model.id({ prefix: "lchg" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text(),
    maker_id: model.text(),
    member_id: model.text().nullable(),
    field: model.enum(["price", "stock", "tier_prices"]),
    /** won (price), units (stock) or [{min_quantity, price}] (tier_prices); null when there was none */
    old_value: model.json().nullable(),
    new_value: model.json().nullable(),
  })
  .indexes([
    { on: ["product_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["maker_id"], where: "deleted_at IS NULL" },
  ])
