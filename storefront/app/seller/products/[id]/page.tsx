import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listTopCategories } from "@/lib/data/categories"
import { requireSeller } from "@/lib/data/seller"
import { retrieveSellerProduct } from "@/lib/data/seller-products"
import { ProductDetailTemplate } from "@/modules/seller/products/templates/product-detail-template"

export const metadata: Metadata = { title: "상품" }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }

/** An own product; another maker's id is the API's 404, i.e. this area's not-found page. */
export default async function SellerProductPage({ params, searchParams }: Props) {
  const { id } = await params
  const { created } = await searchParams
  await requireSeller(`/seller/products/${encodeURIComponent(id)}`)
  const [detail, categories] = await Promise.all([retrieveSellerProduct(id), listTopCategories()])
  if (!detail) notFound()
  return (
    <ProductDetailTemplate
      product={detail.product}
      revisions={detail.revisions}
      categories={categories.map((c) => ({ id: c.id, name: c.name }))}
      created={created === "1"}
    />
  )
}
