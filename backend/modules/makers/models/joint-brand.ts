import { model } from "@medusajs/framework/utils"
import { Center } from "./center"
import { Maker } from "./maker"

/** 공동브랜드: owned by a regional center, grouping products of several makers. */
export const JointBrand = model
  .define("joint_brand", {
    id: model.id({ prefix: "jbr" }).primaryKey(),
    handle: model.text(),
    name: model.text().searchable(),
    slogan: model.text().nullable(),
    description: model.text().default(""),
    logo_url: model.text().nullable(),
    owner_center: model.belongsTo(() => Center, { mappedBy: "brands" }),
    members: model.manyToMany(() => Maker, { mappedBy: "brands", pivotTable: "joint_brand_member" }),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])
