import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import MakersModule from "../modules/makers"

/** A product belongs to at most one joint brand; a brand groups many products. */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, MakersModule.linkable.jointBrand)
