import Link from "next/link"
import type { SellerDashboard } from "@/lib/data/seller-dashboard"
import { formatWon } from "@/lib/util/money"

function monthLabel(month: string): string {
  const [year, m] = month.split("-")
  return year && m ? `${year}년 ${Number(m)}월` : "이번 달"
}

const STATUS_CARDS = [
  { key: "published", label: "판매 중", status: "published" },
  { key: "proposed", label: "승인 대기", status: "proposed" },
  { key: "rejected", label: "반려", status: "rejected" },
  { key: "draft", label: "보관", status: "draft" },
] as const

/** 대시보드: this month's sales, products per status, open edit requests, stock running out. */
export function DashboardTemplate({ makerName, dashboard }: { makerName: string; dashboard: SellerDashboard }) {
  const { products, pending_revisions, low_stock, sales_this_month: sales } = dashboard
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">{makerName} 대시보드</h1>

      <section aria-labelledby="sales-title" className="rounded-xl border border-cream-200 bg-white p-4">
        <h2 id="sales-title" className="text-sm font-semibold text-ink-500">
          {monthLabel(sales.month)} 매출
        </h2>
        <p className="mt-1 text-2xl font-bold" data-testid="sales-amount">{formatWon(sales.amount)}</p>
        <p className="text-sm text-ink-700">
          주문 {sales.orders.toLocaleString("ko-KR")}건 · {sales.units.toLocaleString("ko-KR")}개 (취소 제외, 부가세 포함)
        </p>
      </section>

      <section aria-labelledby="products-title" className="space-y-2">
        <div className="flex items-center justify-between">
          <h2 id="products-title" className="text-lg font-bold">상품</h2>
          <Link href="/seller/products/new" className="rounded-full bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            상품 등록
          </Link>
        </div>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {STATUS_CARDS.map((card) => (
            <li key={card.key}>
              <Link
                href={`/seller/products?status=${card.status}`}
                className="block rounded-xl border border-cream-200 bg-white p-3 hover:border-brand-500"
                data-testid={`count-${card.key}`}
              >
                <span className="block text-sm text-ink-500">{card.label}</span>
                <span className="block text-xl font-bold">{products[card.key].toLocaleString("ko-KR")}개</span>
              </Link>
            </li>
          ))}
        </ul>
        {pending_revisions > 0 && (
          <p className="text-sm text-ink-700" data-testid="pending-revisions">
            승인 대기 중인 수정 요청 {pending_revisions}건
          </p>
        )}
      </section>

      <section aria-labelledby="stock-title" className="space-y-2">
        <h2 id="stock-title" className="text-lg font-bold">재고 부족</h2>
        {low_stock.length === 0 ? (
          <p className="text-sm text-ink-500">재고가 5개 이하인 옵션이 없습니다.</p>
        ) : (
          <ul className="divide-y divide-cream-200 rounded-xl border border-cream-200 bg-white">
            {low_stock.map((line) => (
              <li key={line.variant_id}>
                <Link href={`/seller/products/${line.product_id}`} className="flex items-center justify-between gap-2 px-3 py-3 hover:bg-cream-50">
                  <span className="min-w-0">
                    <span className="block truncate font-semibold">{line.title}</span>
                    <span className="block truncate text-sm text-ink-500">{line.variant_title}</span>
                  </span>
                  <span className={`shrink-0 font-bold ${line.stock === 0 ? "text-brand-700" : "text-ink-900"}`}>
                    {line.stock === 0 ? "품절" : `${line.stock}개`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
