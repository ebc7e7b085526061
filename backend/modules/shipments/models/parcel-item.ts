import { model } from "@medusajs/framework/utils"
import { Parcel } from "./parcel"

/**
 * An order line in a parcel, frozen when the parcel is made: the maker that ships the product
 * (a gift set's assembler) at that time. Settlement reads line → parcel status from here.
 */
export const ParcelItem = model
  .define("parcel_item", {
    id: model.id({ prefix: "pcli" }).primaryKey(),
    line_item_id: model.text(),
    quantity: model.number(),
    parcel: model.belongsTo(() => Parcel, { mappedBy: "items" }),
  })
  .indexes([{ on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" }])
