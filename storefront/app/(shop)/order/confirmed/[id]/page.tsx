import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { orderAccessToken } from "@/lib/data/order-access"
import { getOrderDetails } from "@/lib/data/orders"
import {
  OrderConfirmationFallback,
  OrderConfirmationTemplate,
} from "@/modules/order-confirmation/templates/order-confirmation-template"

export const metadata: Metadata = { title: "주문 완료", robots: { index: false } }

type ConfirmationPageProps = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

/** Right after checkout: readable by the guest through the token the checkout kept in the order's cookie. */
export default async function OrderConfirmedPage({ params, searchParams }: ConfirmationPageProps) {
  const { id } = await params
  if ((await searchParams).token !== undefined) redirect(`/order/confirmed/${encodeURIComponent(id)}`)
  const order = await getOrderDetails(id, { token: await orderAccessToken(id) })
  if (!order) {
    return <OrderConfirmationFallback />
  }
  return <OrderConfirmationTemplate order={order} />
}
