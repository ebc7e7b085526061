import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProductByHandle } from "@/lib/data/products"
import { ProductTemplate } from "@/modules/products/templates/product-template"

type ProductPageProps = {
  params: Promise<{ handle: string }>
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { handle } = await params
  const product = await getProductByHandle(handle)
  if (!product) {
    return {}
  }
  return { title: product.title, description: product.subtitle || undefined }
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { handle } = await params
  const product = await getProductByHandle(handle)
  if (!product) {
    notFound()
  }
  return <ProductTemplate product={product} />
}
