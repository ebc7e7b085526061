import type { Metadata } from "next"
import Link from "next/link"
import { listCustomerOrders, requireCustomer } from "@/lib/data/customer"
import { countPages, pageOffset, parsePageParam } from "@/lib/util/pagination"
import { OrderHistoryTable } from "@/modules/account/components/order-history-table"
import { AccountFrame } from "@/modules/account/templates/account-frame"

export const metadata: Metadata = { title: "주문 내역", robots: { index: false } }

const PER_PAGE = 20

type OrdersPageProps = { searchParams: Promise<{ page?: string | string[] }> }

export default async function OrdersPage({ searchParams }: OrdersPageProps) {
  const page = parsePageParam((await searchParams).page)
  await requireCustomer(page > 1 ? `/account/orders?page=${page}` : "/account/orders")
  const { orders, count } = await listCustomerOrders(PER_PAGE, pageOffset(page, PER_PAGE))
  const pages = countPages(count, PER_PAGE)
  return (
    <AccountFrame title="주문 내역" current="/account/orders">
      <p className="text-sm text-ink-700">전체 {count}건</p>
      <OrderHistoryTable orders={orders} caption="주문 내역" />
      {pages > 1 && (
        <nav aria-label="주문 내역 페이지" className="flex justify-between text-sm font-semibold">
          {page > 1 ? <Link href={`/account/orders?page=${page - 1}`}>이전 페이지</Link> : <span />}
          <span aria-current="page">
            {page} / {pages}
          </span>
          {page < pages ? <Link href={`/account/orders?page=${page + 1}`}>다음 페이지</Link> : <span />}
        </nav>
      )}
    </AccountFrame>
  )
}
