import type { Metadata } from "next"
import { requireSeller } from "@/lib/data/seller"
import { listSellerOrders, SELLER_ORDERS_PAGE_SIZE } from "@/lib/data/seller-orders"
import { sellerOrderTab } from "@/lib/util/seller-orders"
import { SellerOrdersTemplate } from "@/modules/seller/orders/orders-template"

export const metadata: Metadata = { title: "주문·배송" }

type Props = { searchParams: Promise<{ status?: string; page?: string; shipped?: string }> }

export default async function SellerOrdersPage({ searchParams }: Props) {
  const params = await searchParams
  await requireSeller("/seller/orders")
  const status = sellerOrderTab(params.status)
  const page = Math.max(1, Math.floor(Number(params.page)) || 1)
  const { orders, count, carriers } = await listSellerOrders(status, (page - 1) * SELLER_ORDERS_PAGE_SIZE)
  return (
    <SellerOrdersTemplate
      orders={orders}
      count={count}
      status={status}
      carriers={carriers}
      page={page}
      totalPages={Math.max(1, Math.ceil(count / SELLER_ORDERS_PAGE_SIZE))}
      shippedDisplayId={/^\d{1,12}$/.test(params.shipped ?? "") ? params.shipped : undefined}
    />
  )
}
