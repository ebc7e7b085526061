import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/client"
import type { OrderCheckoutDetails, PackingSlip, PurchaseCertificate } from "../lib/order-documents"

export const orderCheckoutKeys = {
  detail: (orderId: string) => ["jahwal-order-checkout", orderId] as const,
}

export function useOrderCheckout(orderId: string) {
  return useQuery({
    queryKey: orderCheckoutKeys.detail(orderId),
    queryFn: () => sdk.client.fetch<{ order: OrderCheckoutDetails }>(`/admin/orders/${orderId}/checkout-details`),
    enabled: Boolean(orderId),
  })
}

export const fetchPackingSlip = (orderId: string) =>
  sdk.client.fetch<{ packing_slip: PackingSlip }>(`/admin/orders/${orderId}/packing-slip`).then((r) => r.packing_slip)

export const fetchPurchaseCertificate = (orderId: string) =>
  sdk.client.fetch<{ certificate: PurchaseCertificate }>(`/admin/orders/${orderId}/purchase-certificate`).then((r) => r.certificate)

/** 입금 확인: captures the 무통장입금 payment (Medusa's admin capture endpoint). */
export function useConfirmTransfer(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (paymentId: string) => sdk.admin.payment.capture(paymentId, {}),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: orderCheckoutKeys.detail(orderId) })
      // the dashboard's own order queries (payment status on the page) start with "orders"
      await queryClient.invalidateQueries({ queryKey: ["orders"] })
    },
  })
}
