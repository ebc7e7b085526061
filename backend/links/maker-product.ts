import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import MakersModule from "../modules/makers"

/** Every product has exactly one maker; a maker has many products. */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, MakersModule.linkable.maker)
