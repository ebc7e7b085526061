import type { HttpTypes } from "@medusajs/types"
import { formatWon } from "@/lib/util/money"
import { productImageUrls } from "@/modules/products/images"
import { getMakerOf } from "@/modules/products/maker"
import { optionsLegend, variantChoices } from "@/modules/products/prices"
import { PriceTag } from "@/modules/products/components/price-tag"
import { ProductBreadcrumb } from "@/modules/products/components/product-breadcrumb"
import { ProductDescription } from "@/modules/products/components/product-description"
import { ProductGallery } from "@/modules/products/components/product-gallery"
import { VariantPicker } from "@/modules/products/components/variant-picker"

export function ProductTemplate({ product }: { product: HttpTypes.StoreProduct }) {
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
            {maker && (
              <p className="text-sm text-ink-500">
                만든 곳 <span className="font-semibold text-leaf-700">{maker.name}</span>
              </p>
            )}
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
          <ProductDescription text={product.description} />
        </div>
      </div>
    </div>
  )
}
