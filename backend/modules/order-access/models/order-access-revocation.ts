import { model } from "@medusajs/framework/utils"

/**
 * When an order's guest access tokens were last revoked: every token issued at or before
 * `revoked_at` is refused. One row per order, written only by staff (revoke-access); an order
 * without a row has revoked nothing. The order id is a plain column (no link): only the token
 * check reads it, by id.
 */
export const OrderAccessRevocation = model
  .define("order_access_revocation", {
    id: model.id({ prefix: "oarev" }).primaryKey(),
    order_id: model.text(),
    revoked_at: model.dateTime(),
  })
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }])
