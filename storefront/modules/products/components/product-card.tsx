import Link from "next/link"
import type { ShopProduct } from "@/lib/data/products"
import { coverImageUrl } from "@/modules/products/images"
import { getMakerOf } from "@/modules/products/maker"
import { PriceTag } from "@/modules/products/components/price-tag"
import { ProductImage } from "@/modules/products/components/product-image"

export function ProductCard({ product }: { product: ShopProduct }) {
  const maker = getMakerOf(product)
  return (
    <article className="h-full">
      <Link
        href={`/products/${product.handle}`}
        className="group flex h-full flex-col gap-2 rounded-xl p-2 transition-colors hover:bg-cream-100"
      >
        <ProductImage src={coverImageUrl(product)} alt={product.title} size={480} />
        {maker && (
          <p className="text-xs text-ink-500">
            <span className="sr-only">만든 곳 </span>
            {maker.name}
          </p>
        )}
        <h3 className="text-sm font-medium leading-snug text-ink-900 group-hover:underline sm:text-base">
          {product.title}
        </h3>
        <PriceTag product={product} className="mt-auto font-bold text-ink-900" />
      </Link>
    </article>
  )
}
