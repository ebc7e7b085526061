import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { ShopProduct } from "@/lib/data/products"
import { Pagination } from "@/modules/categories/components/pagination"
import { ProductFilterForm, type MakerOption } from "@/modules/categories/components/product-filter-form"
import { ProductGrid } from "@/modules/products/components/product-grid"

export type CategoryFilters = { region?: string; maker?: string }

type CategoryTemplateProps = {
  category: HttpTypes.StoreProductCategory
  products: ShopProduct[]
  count: number
  page: number
  totalPages: number
  filters: CategoryFilters
  regions: string[]
  makers: MakerOption[]
}

export function CategoryTemplate({
  category,
  products,
  count,
  page,
  totalPages,
  filters,
  regions,
  makers,
}: CategoryTemplateProps) {
  const basePath = `/categories/${category.handle}`
  const filtered = Boolean(filters.region || filters.maker)
  return (
    <div className="mx-auto max-w-6xl space-y-5 px-4 py-5 sm:space-y-8 sm:py-12">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{category.name}</h1>
        {category.description && <p className="max-w-2xl text-ink-700">{category.description}</p>}
      </header>
      <ProductFilterForm
        action={basePath}
        region={filters.region}
        maker={filters.maker}
        regions={regions}
        makers={makers}
      />
      <section aria-labelledby="category-products" className="space-y-4 sm:space-y-8">
        <h2 id="category-products" className="sr-only">
          {category.name} 상품 목록
        </h2>
        <p className="text-sm text-ink-500">
          {filtered ? "조건에 맞는 " : ""}상품 {count.toLocaleString("ko-KR")}개
        </p>
        {products.length > 0 ? (
          <ProductGrid products={products} />
        ) : filtered ? (
          <div className="space-y-3 rounded-xl bg-cream-100 p-8 text-center text-ink-700">
            <p>선택한 지역이나 만든 곳의 상품이 이 카테고리에는 없습니다.</p>
            <Link href={basePath} className="font-semibold text-brand-700 underline">
              {category.name} 전체 상품 보기
            </Link>
          </div>
        ) : (
          <p className="rounded-xl bg-cream-100 p-8 text-center text-ink-700">
            이 카테고리에는 아직 상품이 없습니다.
          </p>
        )}
        <Pagination page={page} totalPages={totalPages} basePath={basePath} query={filters} />
      </section>
    </div>
  )
}
