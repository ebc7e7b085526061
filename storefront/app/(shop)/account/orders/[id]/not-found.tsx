import { OrderNotFound } from "@/modules/orders/components/order-not-found"

export default function NotFound() {
  return <OrderNotFound />
}
