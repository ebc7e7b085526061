import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { orderAccessToken } from "@/lib/data/order-access"
import { getOrderDetails, getOrderParcels } from "@/lib/data/orders"
import { OrderView } from "@/modules/orders/templates/order-view"

export const metadata: Metadata = { title: "주문 상세", robots: { index: false } }

type OrderPageProps = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

/** A guest's order, opened with the token in its cookie (checkout or 주문조회), or by its signed-in owner. */
export default async function OrderPage({ params, searchParams }: OrderPageProps) {
  const { id } = await params
  const path = `/orders/${encodeURIComponent(id)}`
  // links of before carried ?token=: it opens nothing now, and leaves the address bar
  if ((await searchParams).token !== undefined) redirect(path)
  const access = { token: await orderAccessToken(id) }
  const [order, parcels] = await Promise.all([getOrderDetails(id, access), getOrderParcels(id, access)])
  if (!order) notFound()
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:py-10">
      <OrderView order={order} parcels={parcels} certificateHref={`${path}/certificate`} cancelable />
    </div>
  )
}
