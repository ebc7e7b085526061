import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/client"

export type RefundAccount = { bank: string; account_number: string; holder: string }

export type OrderRefunds = {
  adjustments: {
    id: string
    line_item_id: string | null
    maker_id: string
    kind: "cancel" | "return" | "refund"
    quantity: number
    amount: number
    shipping_amount: number
    occurred_at: string
    reason: string | null
  }[]
  refunded_total: number
  refund_account: RefundAccount | null
  bank_refunds: { id: string; amount: number; account: RefundAccount; status: "pending" | "refunded"; requested_at: string; refunded_at: string | null }[]
}

export type MakerReturnBody = {
  items: { line_item_id: string; quantity: number }[]
  refund_shipping: boolean
  reason: string
  refund_account?: RefundAccount
}

const key = (orderId: string) => ["jahwal-order-refunds", orderId] as const

export function useOrderRefunds(orderId: string) {
  return useQuery({
    queryKey: key(orderId),
    queryFn: () => sdk.client.fetch<OrderRefunds>(`/admin/orders/${orderId}/maker-returns`),
    enabled: Boolean(orderId),
  })
}

async function refresh(queryClient: ReturnType<typeof useQueryClient>, orderId: string) {
  await queryClient.invalidateQueries({ queryKey: key(orderId) })
  await queryClient.invalidateQueries({ queryKey: ["jahwal-order-checkout", orderId] })
  // the dashboard's own order queries (payment and return state on the page) start with "orders"
  await queryClient.invalidateQueries({ queryKey: ["orders"] })
}

/** 취소·반품: staff take back lines and refund exactly their share (POST maker-returns). */
export function useCreateMakerReturn(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: MakerReturnBody) =>
      sdk.client.fetch<{ refund_amount: number; kind: string }>(`/admin/orders/${orderId}/maker-returns`, { method: "POST", body }),
    onSuccess: () => refresh(queryClient, orderId),
  })
}

/** 환불 완료: staff sent a 무통장입금 refund to the customer's account. */
export function useMarkBankRefundRefunded(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (refundId: string) =>
      sdk.client.fetch(`/admin/orders/${orderId}/bank-refunds/${refundId}/mark-refunded`, { method: "POST" }),
    onSuccess: () => refresh(queryClient, orderId),
  })
}
