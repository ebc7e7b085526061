import type { ShopProduct } from "@/lib/data/products"
import { formatWon } from "@/lib/util/money"
import { productImageUrls } from "@/modules/products/images"
import { getBrandOf, getMakerOf } from "@/modules/products/maker"
import { optionsLegend, variantChoices } from "@/modules/products/prices"
import { PriceTag } from "@/modules/products/components/price-tag"
import { ProductBreadcrumb } from "@/modules/products/components/product-breadcrumb"
import { ProductDescription } from "@/modules/products/components/product-description"
import { ProductGallery } from "@/modules/products/components/product-gallery"
import { ProductMakerCard } from "@/modules/products/components/product-maker-card"
import { VariantPicker } from "@/modules/products/components/variant-picker"

export function ProductTemplate({ product }: { product: ShopProduct }) {
  const maker = getMakerOf(product)
  const choices = variantChoices(product)
  const category = product.categories?.[0] ?? null

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:py-10">
      <ProductBreadcrumb category={category} title={product.title} />
      <div className="grid gap-8 md:grid-cols-2 md:gap-12">
        <ProductGallery urls={productImageUrls(product)} title={product.title} />
        <div className="space-y-6">
          <div className="space-y-2">
            <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{product.title}</h1>
            {product.subtitle && <p className="text-ink-700">{product.subtitle}</p>}
          </div>
          {choices.length > 1 ? (
            <VariantPicker
              legend={optionsLegend(product)}
              choices={choices.map((choice) => ({
                id: choice.id,
                label: choice.label,
                priceLabel: formatWon(choice.amount),
              }))}
            />
          ) : (
            <PriceTag product={product} className="text-2xl font-bold text-ink-900" />
          )}
          {maker && <ProductMakerCard maker={maker} brand={getBrandOf(product)} />}
          <ProductDescription text={product.description} />
        </div>
      </div>
    </div>
  )
}
