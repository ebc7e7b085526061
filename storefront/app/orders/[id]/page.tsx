import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getOrderDetails } from "@/lib/data/orders"
import { OrderView } from "@/modules/orders/templates/order-view"

export const metadata: Metadata = { title: "주문 상세", robots: { index: false } }

type OrderPageProps = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

/** A guest's order, opened with the token from 주문조회 (or by its signed-in owner). */
export default async function OrderPage({ params, searchParams }: OrderPageProps) {
  const { id } = await params
  const raw = (await searchParams).token
  const token = (Array.isArray(raw) ? raw[0] : raw) || null
  const order = await getOrderDetails(id, { token })
  if (!order) notFound()
  const certificateHref = `/orders/${encodeURIComponent(order.id)}/certificate${token ? `?token=${encodeURIComponent(token)}` : ""}`
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:py-10">
      <OrderView order={order} certificateHref={certificateHref} />
    </div>
  )
}
