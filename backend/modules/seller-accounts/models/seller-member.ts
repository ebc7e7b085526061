import { model } from "@medusajs/framework/utils"

/**
 * A person of a maker who uses 판매자센터. `owner` (대표) manages the members, `staff` (담당자)
 * runs the listings. The auth identity (actor `seller`, emailpass) carries this id as
 * `app_metadata.seller_id`; the guard resolves the maker from here, never from the request.
 */
export const SellerMember = model
  .define("seller_member", {
    id: model.id({ prefix: "smem" }).primaryKey(),
    maker_id: model.text(),
    email: model.text(),
    name: model.text(),
    role: model.enum(["owner", "staff"]).default("staff"),
    status: model.enum(["active", "removed"]).default("active"),
    auth_identity_id: model.text().nullable(),
  })
  .indexes([
    // one person, one maker: an email is a member of at most one maker at a time
    { on: ["email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["maker_id"], where: "deleted_at IS NULL" },
  ])
