import type { ProductBrand, ProductMaker, ShopProduct } from "@/lib/data/products"

/** The enterprise or work unit that made the product (its seller), from the linked maker. */
export function getMakerOf(product: Pick<ShopProduct, "maker">): ProductMaker | null {
  const maker = product.maker
  return maker?.handle && maker.name ? maker : null
}

/** The joint brand (공동브랜드) the product is sold under, if any. */
export function getBrandOf(product: Pick<ShopProduct, "joint_brand">): ProductBrand | null {
  const brand = product.joint_brand
  return brand?.handle && brand.name ? brand : null
}
