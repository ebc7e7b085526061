import type { Metadata } from "next"
import Link from "next/link"
import { listTopCategories } from "@/lib/data/categories"
import { requireSeller } from "@/lib/data/seller"
import { NewProductForm } from "@/modules/seller/products/components/new-product-form"

export const metadata: Metadata = { title: "상품 등록" }

export default async function SellerNewProductPage() {
  await requireSeller("/seller/products/new")
  const categories = await listTopCategories()
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <p className="text-sm">
        <Link href="/seller/products" className="text-ink-500 hover:underline">
          ← 상품 목록
        </Link>
      </p>
      <h1 className="text-xl font-bold">상품 등록</h1>
      <NewProductForm categories={categories.map((c) => ({ id: c.id, name: c.name }))} />
    </div>
  )
}
