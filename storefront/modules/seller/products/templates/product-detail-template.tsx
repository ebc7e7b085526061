import Link from "next/link"
import type { SellerProduct, SellerRevision } from "@/lib/data/seller-products"
import { basePriceOf, stockOf, tierPricesOf } from "@/lib/util/seller-product-view"
import { ArchiveProductForm } from "@/modules/seller/products/components/archive-product-form"
import type { CategoryOption } from "@/modules/seller/products/components/product-content-fields"
import { ProductContentForm } from "@/modules/seller/products/components/product-content-form"
import { ProductImages } from "@/modules/seller/products/components/product-images"
import { RevisionNotice } from "@/modules/seller/products/components/revision-notice"
import { StatusBadge } from "@/modules/seller/products/components/status-badge"
import { VariantPricingForm } from "@/modules/seller/products/components/variant-pricing-form"

type Props = { product: SellerProduct; revisions: SellerRevision[]; categories: CategoryOption[]; created: boolean }

/** An own product: approval state, 사진, 가격·재고 per option, 상품 정보, 보관. */
export function ProductDetailTemplate({ product, revisions, categories, created }: Props) {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/seller/products" className="text-ink-500 hover:underline">
          ← 상품 목록
        </Link>
      </p>
      <div className="flex items-start justify-between gap-2">
        <h1 className="min-w-0 text-xl font-bold">{product.title}</h1>
        <StatusBadge status={product.status} />
      </div>
      {created && (
        <p role="status" className="rounded-lg bg-leaf-100 px-4 py-3 text-sm font-semibold text-leaf-700">
          상품을 등록하고 승인을 요청했습니다. 이제 사진을 올려 주세요.
        </p>
      )}
      <RevisionNotice revisions={revisions} />

      <section aria-labelledby="images-title" className="space-y-2">
        <h2 id="images-title" className="text-lg font-bold">사진</h2>
        <ProductImages
          productId={product.id}
          images={[...(product.images ?? [])]
            .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
            .map((image) => ({ id: image.id, url: image.url, alt: typeof image.metadata?.alt === "string" ? image.metadata.alt : null }))}
        />
      </section>

      <section aria-labelledby="variants-title" className="space-y-2">
        <h2 id="variants-title" className="text-lg font-bold">가격·재고</h2>
        <p className="text-sm text-ink-500">가격과 재고는 저장하면 바로 쇼핑몰에 반영됩니다.</p>
        {(product.variants ?? []).map((variant) => (
          <VariantPricingForm
            key={variant.id}
            productId={product.id}
            variant={{ id: variant.id, title: variant.title, price: basePriceOf(variant), stock: stockOf(variant), tiers: tierPricesOf(variant) }}
          />
        ))}
      </section>

      <section aria-labelledby="content-title" className="space-y-2">
        <h2 id="content-title" className="text-lg font-bold">상품 정보</h2>
        <ProductContentForm
          productId={product.id}
          onSale={product.status === "published"}
          categories={categories}
          initial={{ title: product.title, subtitle: product.subtitle, description: product.description, category_id: product.categories?.[0]?.id }}
        />
      </section>

      {product.status !== "draft" && (
        <section aria-labelledby="archive-title" className="space-y-2 border-t border-cream-200 pt-4">
          <h2 id="archive-title" className="text-lg font-bold">보관</h2>
          <p className="text-sm text-ink-500">보관한 상품은 쇼핑몰에서 내려가고, 지난 주문 기록은 그대로 남습니다.</p>
          <ArchiveProductForm productId={product.id} title={product.title} />
        </section>
      )}
    </div>
  )
}
