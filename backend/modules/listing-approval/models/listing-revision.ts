import { model } from "@medusajs/framework/utils"

/**
 * 상품 승인: one request of a seller that staff approve or reject. `new` = a new listing
 * (the product waits as `proposed`); `edit` = content changes of a published product, kept
 * here (the live product is untouched) until approved. `previous` holds the live values at
 * request time for the side-by-side view.
 */
export const ListingRevision = model
  .define("listing_revision", {
    id: model.id({ prefix: "lrev" }).primaryKey(),
    product_id: model.text(),
    maker_id: model.text(),
    member_id: model.text().nullable(),
    kind: model.enum(["new", "edit"]),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    changes: model.json().nullable(),
    previous: model.json().nullable(),
    reason: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["product_id"], where: "deleted_at IS NULL" },
    { on: ["maker_id"], where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
