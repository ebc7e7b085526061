import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getBrandByHandle } from "@/lib/data/brands"
import { listProductsBy } from "@/lib/data/products"
import { BrandTemplate } from "@/modules/brands/templates/brand-template"

type BrandPageProps = {
  params: Promise<{ handle: string }>
}

export async function generateMetadata({ params }: BrandPageProps): Promise<Metadata> {
  const { handle } = await params
  const detail = await getBrandByHandle(handle)
  if (!detail) {
    return {}
  }
  const { brand } = detail
  const owner = brand.owner_center ? `${brand.owner_center.name}의 ` : ""
  return {
    title: brand.slogan ? `${brand.name} — ${brand.slogan}` : brand.name,
    description: `${owner}공동브랜드 ${brand.name}의 상품과 함께 만드는 곳을 만나 보세요.`,
  }
}

export default async function BrandPage({ params }: BrandPageProps) {
  const { handle } = await params
  const detail = await getBrandByHandle(handle)
  if (!detail) {
    notFound()
  }
  const products = await listProductsBy({ brand: detail.brand.handle })
  return <BrandTemplate brand={detail.brand} members={detail.members} products={products} />
}
