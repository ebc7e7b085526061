import Link from "next/link"
import type { SellerProductRow } from "@/lib/data/seller-products"
import { formatDate } from "@/lib/util/date"
import { hrefWithQuery } from "@/lib/util/search-params"
import { PRODUCT_STATUS_TABS } from "@/lib/util/seller-product-view"
import { Pagination } from "@/modules/categories/components/pagination"
import { StatusBadge } from "@/modules/seller/products/components/status-badge"

type Props = {
  products: SellerProductRow[]
  count: number
  status: string
  q: string
  page: number
  totalPages: number
}

/** 상품 목록: status tabs, title search (a GET form: works without scripts), the list, pages. */
export function ProductListTemplate({ products, count, status, q, page, totalPages }: Props) {
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-2">
        <h1 className="text-xl font-bold">상품</h1>
        <Link href="/seller/products/new" className="rounded-full bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          상품 등록
        </Link>
      </div>

      <nav aria-label="상품 상태">
        <ul className="flex gap-1 overflow-x-auto whitespace-nowrap [scrollbar-width:none]">
          {PRODUCT_STATUS_TABS.map((tab) => {
            const active = tab.status === status
            return (
              <li key={tab.label}>
                <Link
                  href={hrefWithQuery("/seller/products", { status: tab.status || undefined, q: q || undefined })}
                  aria-current={active ? "page" : undefined}
                  className={`flex min-h-11 items-center rounded-full border px-3 text-sm font-semibold ${
                    active ? "border-brand-600 bg-brand-600 text-white" : "border-cream-200 bg-white text-ink-700 hover:border-brand-500"
                  }`}
                >
                  {tab.label}
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>

      <form role="search" action="/seller/products" className="flex gap-2">
        {status && <input type="hidden" name="status" value={status} />}
        <label htmlFor="seller-product-q" className="sr-only">
          상품명 검색
        </label>
        <input
          id="seller-product-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={50}
          placeholder="상품명으로 찾기"
          className="min-w-0 flex-1 rounded-lg border border-cream-200 bg-white px-3 py-2 text-base"
        />
        <button type="submit" className="shrink-0 rounded-lg bg-ink-900 px-4 py-2 text-sm font-semibold text-white">
          검색
        </button>
      </form>

      <p className="text-sm text-ink-500" aria-live="polite">
        {q ? `"${q}" 검색 결과 ` : ""}
        {count.toLocaleString("ko-KR")}개
      </p>

      {products.length === 0 ? (
        <p className="rounded-xl border border-dashed border-cream-200 p-6 text-center text-ink-500">
          {q || status ? "조건에 맞는 상품이 없습니다." : "아직 등록한 상품이 없습니다. 첫 상품을 등록해 보세요."}
        </p>
      ) : (
        <ul className="divide-y divide-cream-200 rounded-xl border border-cream-200 bg-white" aria-label="상품 목록">
          {products.map((product) => (
            <li key={product.id}>
              <Link href={`/seller/products/${product.id}`} className="flex items-center gap-3 px-3 py-3 hover:bg-cream-50">
                {product.thumbnail ? (
                  <img src={product.thumbnail} alt="" width={48} height={48} className="size-12 shrink-0 rounded-lg object-cover" />
                ) : (
                  <span aria-hidden="true" className="size-12 shrink-0 rounded-lg bg-cream-100" />
                )}
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-semibold">{product.title}</span>
                  <span className="block text-xs text-ink-500">
                    옵션 {product.variants?.length ?? 0}개 · {formatDate(product.updated_at)} 수정
                  </span>
                </span>
                <StatusBadge status={product.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}

      <Pagination page={page} totalPages={totalPages} basePath="/seller/products" query={{ status: status || undefined, q: q || undefined }} />
    </div>
  )
}
