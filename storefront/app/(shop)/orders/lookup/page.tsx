import type { Metadata } from "next"
import { OrderLookupTemplate } from "@/modules/orders/templates/order-lookup-template"

export const metadata: Metadata = { title: "주문조회", robots: { index: false } }

export default function OrderLookupPage() {
  return <OrderLookupTemplate />
}
