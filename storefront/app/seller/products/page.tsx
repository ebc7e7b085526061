import type { Metadata } from "next"
import { requireSeller } from "@/lib/data/seller"
import { listSellerProducts } from "@/lib/data/seller-products"
import { countPages, pageOffset, parsePageParam } from "@/lib/util/pagination"
import { parseStatusParam } from "@/lib/util/seller-product-view"
import { ProductListTemplate } from "@/modules/seller/products/templates/product-list-template"

export const metadata: Metadata = { title: "상품" }

const PER_PAGE = 20

type Props = { searchParams: Promise<{ status?: string | string[]; q?: string | string[]; page?: string | string[] }> }

export default async function SellerProductsPage({ searchParams }: Props) {
  const params = await searchParams
  const status = parseStatusParam(params.status)
  const q = (Array.isArray(params.q) ? params.q[0] : params.q)?.trim().slice(0, 50) ?? ""
  const page = parsePageParam(params.page)
  const returnTo = `/seller/products${status ? `?status=${status}` : ""}`
  await requireSeller(returnTo)
  const { products, count } = await listSellerProducts({ status, q, limit: PER_PAGE, offset: pageOffset(page, PER_PAGE) })
  return (
    <ProductListTemplate
      products={products}
      count={count}
      status={status ?? ""}
      q={q}
      page={page}
      totalPages={countPages(count, PER_PAGE)}
    />
  )
}
