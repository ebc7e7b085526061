import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireCustomer } from "@/lib/data/customer"
import { getOrderDetails, getOrderParcels } from "@/lib/data/orders"
import { OrderView } from "@/modules/orders/templates/order-view"
import { AccountFrame } from "@/modules/account/templates/account-frame"

export const metadata: Metadata = { title: "주문 상세", robots: { index: false } }

type AccountOrderPageProps = { params: Promise<{ id: string }> }

/** A customer's own order, read with their login (no token in the address). */
export default async function AccountOrderPage({ params }: AccountOrderPageProps) {
  const { id } = await params
  await requireCustomer(`/account/orders/${id}`)
  const [order, parcels] = await Promise.all([getOrderDetails(id, {}), getOrderParcels(id, {})])
  if (!order) notFound()
  return (
    <AccountFrame title="주문 상세" current="/account/orders">
      <OrderView order={order} parcels={parcels} certificateHref={`/orders/${order.id}/certificate`} headingLevel={2} cancelable />
    </AccountFrame>
  )
}
