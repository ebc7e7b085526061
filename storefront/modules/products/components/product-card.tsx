import Link from "next/link"
import type { ShopProduct } from "@/lib/data/products"
import { isSoldOut } from "@/lib/util/stock"
import { coverImageUrl } from "@/modules/products/images"
import { getMakerOf } from "@/modules/products/maker"
import { PriceTag } from "@/modules/products/components/price-tag"
import { ProductImage } from "@/modules/products/components/product-image"
import { SaleBadge } from "@/modules/campaigns/components/sale-badge"

export function ProductCard({ product }: { product: ShopProduct }) {
  const maker = getMakerOf(product)
  const soldOut = isSoldOut(product.variants)
  return (
    <article className="h-full">
      <Link
        href={`/products/${product.handle}`}
        className="group flex h-full flex-col gap-2 rounded-xl p-2 transition-colors hover:bg-cream-100"
      >
        <div className="relative">
          <ProductImage
            src={coverImageUrl(product)}
            alt={product.title}
            size={480}
            className={soldOut ? "opacity-60" : ""}
          />
          {soldOut && (
            <span className="absolute left-2 top-2 rounded-full bg-ink-900 px-2.5 py-1 text-xs font-bold text-white">
              품절
            </span>
          )}
        </div>
        <SaleBadge productId={product.id} />
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
