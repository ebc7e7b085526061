import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCategoryByHandle } from "@/lib/data/categories"
import { listAllMakers, listMakerRegions } from "@/lib/data/makers"
import { listCategoryProducts } from "@/lib/data/products"
import { countPages, parsePageParam } from "@/lib/util/pagination"
import { handleParam, textParam, type SearchParams } from "@/lib/util/search-params"
import { CategoryTemplate, type CategoryFilters } from "@/modules/categories/templates/category-template"

const PRODUCTS_PER_PAGE = 12

type CategoryPageProps = {
  params: Promise<{ handle: string }>
  searchParams: Promise<SearchParams>
}

export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  const { handle } = await params
  const category = await getCategoryByHandle(handle)
  if (!category) {
    return {}
  }
  return { title: category.name, description: category.description || undefined }
}

export default async function CategoryPage({ params, searchParams }: CategoryPageProps) {
  const [{ handle }, query] = await Promise.all([params, searchParams])
  const category = await getCategoryByHandle(handle)
  if (!category) {
    notFound()
  }
  const page = parsePageParam(query.page)
  const filters: CategoryFilters = {
    region: textParam(query.region, 2, 20),
    maker: handleParam(query.maker),
  }
  const [{ products, count }, makers, regions] = await Promise.all([
    listCategoryProducts(category.id, page, PRODUCTS_PER_PAGE, filters),
    listAllMakers(),
    listMakerRegions(),
  ])
  const totalPages = countPages(count, PRODUCTS_PER_PAGE)
  if (page > totalPages) {
    notFound()
  }
  return (
    <CategoryTemplate
      category={category}
      products={products}
      count={count}
      page={page}
      totalPages={totalPages}
      filters={filters}
      regions={regions}
      makers={makers.map(({ handle, name, region }) => ({ handle, name, region }))}
    />
  )
}
