import { model } from "@medusajs/framework/utils"

/**
 * An invitation to join a maker's 판매자센터. Only the sha256 of the token is stored; the token
 * itself travels in the invite mail. Valid for 7 days, once.
 */
export const SellerInvite = model
  .define("seller_invite", {
    id: model.id({ prefix: "sinv" }).primaryKey(),
    maker_id: model.text(),
    email: model.text(),
    role: model.enum(["owner", "staff"]).default("staff"),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** who sent it: an admin user id or a seller member id */
    invited_by: model.text().nullable(),
  })
  .indexes([
    { on: ["token_hash"], unique: true, where: "deleted_at IS NULL" },
    { on: ["maker_id"], where: "deleted_at IS NULL" },
  ])
