import type { Metadata } from "next"
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

/** Right after checkout: readable by the guest through the lookup token the checkout obtained. */
export default async function OrderConfirmedPage({ params, searchParams }: ConfirmationPageProps) {
  const { id } = await params
  const raw = (await searchParams).token
  const token = (Array.isArray(raw) ? raw[0] : raw) || null
  const order = await getOrderDetails(id, { token })
  if (!order) {
    return <OrderConfirmationFallback />
  }
  return <OrderConfirmationTemplate order={order} token={token} />
}
