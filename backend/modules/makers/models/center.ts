import { model } from "@medusajs/framework/utils"
import { JointBrand } from "./joint-brand"
import { Maker } from "./maker"

/**
 * 자활센터. A regional center (광역자활센터) supports the local centers (지역자활센터) of one
 * 시·도; `parent_id` points a local center at its regional center.
 */
export const Center = model
  .define("center", {
    id: model.id({ prefix: "ctr" }).primaryKey(),
    handle: model.text(),
    name: model.text().searchable(),
    level: model.enum(["regional", "local"]),
    parent_id: model.text().nullable(),
    region: model.text(),
    address: model.text().nullable(),
    phone: model.text().nullable(),
    makers: model.hasMany(() => Maker, { mappedBy: "center" }),
    brands: model.hasMany(() => JointBrand, { mappedBy: "owner_center" }),
  })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["parent_id"], where: "deleted_at IS NULL" },
  ])
