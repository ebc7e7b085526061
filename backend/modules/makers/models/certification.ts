import { model } from "@medusajs/framework/utils"
import { Maker } from "./maker"

/** A quality mark customers trust (HACCP, 품질인증 …) with its number and validity. */
export const Certification = model.define("maker_certification", {
  id: model.id({ prefix: "mcert" }).primaryKey(),
  name: model.text(),
  number: model.text(),
  valid_until: model.text().nullable(), // YYYY-MM-DD
  maker: model.belongsTo(() => Maker, { mappedBy: "certifications" }),
})
