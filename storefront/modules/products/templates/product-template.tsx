import type { ShopProduct } from "@/lib/data/products"
import type { VariantComposition } from "@/lib/util/composition"
import { formatWon } from "@/lib/util/money"
import { stockLabel } from "@/lib/util/stock"
import { productPictures } from "@/modules/products/images"
import { getBrandOf, getMakerOf } from "@/modules/products/maker"
import { optionsLegend, saleOriginal } from "@/modules/products/prices"
import { variantDetails } from "@/modules/products/variant-details"
import { PriceTag } from "@/modules/products/components/price-tag"
import { ProductBreadcrumb } from "@/modules/products/components/product-breadcrumb"
import { ProductComposition } from "@/modules/products/components/product-composition"
import { ProductDescription } from "@/modules/products/components/product-description"
import { ProductGallery } from "@/modules/products/components/product-gallery"
import { ProductMakerCard } from "@/modules/products/components/product-maker-card"
import { StockNote } from "@/modules/products/components/stock-note"
import { VariantPicker } from "@/modules/products/components/variant-picker"
import { SaleBadge } from "@/modules/campaigns/components/sale-badge"
import { AddToCartForm } from "@/modules/cart/components/add-to-cart-form"

type ProductTemplateProps = {
  product: ShopProduct
  /** per variant: components, bulk prices and maker split (GET /store/products/:id/composition) */
  compositions: VariantComposition[]
}

export function ProductTemplate({ product, compositions }: ProductTemplateProps) {
  const maker = getMakerOf(product)
  const variants = variantDetails(product, compositions)
  const category = product.categories?.[0] ?? null
  const sharedRevenue = variants.some((variant) => (variant.composition?.maker_split.length ?? 0) > 0)

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:py-10">
      <ProductBreadcrumb category={category} title={product.title} />
      <div className="grid gap-8 md:grid-cols-2 md:gap-12">
        <ProductGallery pictures={productPictures(product)} title={product.title} />
        <div className="space-y-6">
          <div className="space-y-2">
            <SaleBadge productId={product.id} />
            <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{product.title}</h1>
            {product.subtitle && <p className="text-ink-700">{product.subtitle}</p>}
          </div>
          {variants.length > 1 && saleOriginal(product) !== null && (
            <PriceTag product={product} className="text-2xl font-bold text-ink-900" />
          )}
          {variants.length > 1 ? (
            <VariantPicker
              legend={optionsLegend(product)}
              choices={variants.map((variant) => ({
                id: variant.id,
                label: variant.label,
                priceLabel: formatWon(variant.amount),
                note: variant.stock && variant.stock.kind !== "available" ? stockLabel(variant.stock) : undefined,
                soldOut: variant.stock?.kind === "sold_out",
                maxQuantity: variant.stock?.kind === "low" ? variant.stock.left : undefined,
              }))}
            />
          ) : (
            <div className="space-y-2">
              <PriceTag product={product} className="text-2xl font-bold text-ink-900" />
              <StockNote status={variants[0]?.stock ?? null} />
              {variants[0] && (
                <AddToCartForm
                  variantId={variants[0].id}
                  soldOut={variants[0].stock?.kind === "sold_out"}
                  maxQuantity={variants[0].stock?.kind === "low" ? variants[0].stock.left : undefined}
                />
              )}
            </div>
          )}
          {maker && <ProductMakerCard maker={maker} brand={getBrandOf(product)} sharedRevenue={sharedRevenue} />}
          <ProductComposition variants={variants} />
          <ProductDescription text={product.description} />
        </div>
      </div>
    </div>
  )
}
