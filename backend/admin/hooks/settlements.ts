import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { compactQuery, sdk } from "../lib/client"

/** The shapes of /admin/settlements (backend/lib/settlement/statement-view.ts). */
export type SettlementStatus = "draft" | "confirmed" | "paid"
export type SettlementStatement = {
  id: string
  maker_id: string
  maker_name: string | null
  period_code: string
  period_label: string
  status: SettlementStatus
  status_label: string
  sales_amount: number
  shipping_amount: number
  refund_amount: number
  adjustment_amount: number
  fee_amount: number
  subsidy_amount: number
  carry_over_amount: number
  payout_amount: number
  carry_forward_amount: number
  payout_account: { bank: string | null; account_number: string | null; holder: string | null }
  paid_on: string | null
  transfer_reference: string | null
}
export type SettlementPeriods = {
  period: string | null
  period_label: string | null
  periods: { code: string; label: string; cycle: "monthly" | "weekly" }[]
  statements: SettlementStatement[]
  totals: Record<"sales_amount" | "shipping_amount" | "refund_amount" | "adjustment_amount" | "subsidy_amount" | "fee_amount" | "carry_over_amount" | "payout_amount" | "carry_forward_amount", number>
}

const keys = { all: ["jahwal-settlements"] as const, list: (period?: string) => ["jahwal-settlements", "list", period ?? ""] as const }

export function useSettlements(period?: string) {
  return useQuery({
    queryKey: keys.list(period),
    queryFn: () => sdk.client.fetch<SettlementPeriods>("/admin/settlements", { query: compactQuery({ period }) }),
    placeholderData: keepPreviousData,
    retry: false,
  })
}

function useSettlementMutation<B>(path: (id: string) => string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: B }) => sdk.client.fetch(path(id), { method: "POST", body: body as Record<string, unknown> }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  })
}

export const useConfirmSettlement = () => useSettlementMutation<Record<string, never>>((id) => `/admin/settlements/${id}/confirm`)
export const usePaySettlement = () => useSettlementMutation<{ paid_on: string; reference: string }>((id) => `/admin/settlements/${id}/pay`)

export function useRefreshSettlements() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch("/admin/settlements/refresh", { method: "POST", body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  })
}

/** Download links: same origin, the admin session cookie goes along. */
export const exportUrl = (period: string, format: "csv" | "xlsx") => `/admin/settlements/export?${new URLSearchParams({ period, format })}`
export const transfersUrl = (period: string, format: "csv" | "xlsx") => `/admin/settlements/transfers?${new URLSearchParams({ period, format })}`
export const statementExportUrl = (id: string, format: "csv" | "xlsx") => `/admin/settlements/${id}/export?format=${format}`
