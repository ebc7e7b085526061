import type { HttpTypes } from "@medusajs/types"
import type { ShopProduct } from "@/lib/data/products"
import { Pagination } from "@/modules/categories/components/pagination"
import { ProductGrid } from "@/modules/products/components/product-grid"

type CategoryTemplateProps = {
  category: HttpTypes.StoreProductCategory
  products: ShopProduct[]
  count: number
  page: number
  totalPages: number
}

export function CategoryTemplate({ category, products, count, page, totalPages }: CategoryTemplateProps) {
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:py-12">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{category.name}</h1>
        {category.description && <p className="max-w-2xl text-ink-700">{category.description}</p>}
        <p className="text-sm text-ink-500">상품 {count.toLocaleString("ko-KR")}개</p>
      </header>
      <section aria-labelledby="category-products" className="space-y-8">
        <h2 id="category-products" className="sr-only">
          {category.name} 상품 목록
        </h2>
        {products.length > 0 ? (
          <ProductGrid products={products} />
        ) : (
          <p className="rounded-xl bg-cream-100 p-8 text-center text-ink-700">
            이 카테고리에는 아직 상품이 없습니다.
          </p>
        )}
        <Pagination page={page} totalPages={totalPages} basePath={`/categories/${category.handle}`} />
      </section>
    </div>
  )
}
