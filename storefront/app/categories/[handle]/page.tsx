import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCategoryByHandle } from "@/lib/data/categories"
import { listCategoryProducts } from "@/lib/data/products"
import { countPages, parsePageParam } from "@/lib/util/pagination"
import { CategoryTemplate } from "@/modules/categories/templates/category-template"

const PRODUCTS_PER_PAGE = 12

type CategoryPageProps = {
  params: Promise<{ handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
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
  const { products, count } = await listCategoryProducts(category.id, page, PRODUCTS_PER_PAGE)
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
    />
  )
}
