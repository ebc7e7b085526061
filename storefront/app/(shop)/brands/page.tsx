import type { Metadata } from "next"
import { listBrands } from "@/lib/data/brands"
import { BrandsTemplate } from "@/modules/brands/templates/brands-template"

export const metadata: Metadata = {
  title: "공동브랜드",
  description: "광역자활센터가 여러 자활기업의 상품을 하나로 묶은 공동브랜드를 소개합니다.",
}

export default async function BrandsPage() {
  const brands = await listBrands()
  return <BrandsTemplate brands={brands} />
}
