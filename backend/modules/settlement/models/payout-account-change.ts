import { model } from "@medusajs/framework/utils"

/**
 * Every change of a maker's payout account (은행, 계좌번호, 예금주): who changed it (a staff user
 * or a seller member) and what it was and became. Account numbers are kept masked here; the
 * maker record holds the one live number.
 */
export const PayoutAccountChange = model
  .define("payout_account_change", {
    id: model.id({ prefix: "pacc" }).primaryKey(),
    maker_id: model.text(),
    actor_type: model.enum(["user", "seller"]),
    actor_id: model.text(),
    old_bank: model.text().nullable(),
    new_bank: model.text().nullable(),
    old_account_number: model.text().nullable(),
    new_account_number: model.text().nullable(),
    old_account_holder: model.text().nullable(),
    new_account_holder: model.text().nullable(),
  })
  .indexes([{ on: ["maker_id", "created_at"], where: "deleted_at IS NULL" }])
