import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProductComposition } from "@/lib/data/product-composition"
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
  const compositions = await getProductComposition(product.id)
  return <ProductTemplate product={product} compositions={compositions} />
}
