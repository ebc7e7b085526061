import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/client"
import type { MakerSalesReport } from "../lib/types"

/** Inclusive Seoul calendar days, YYYY-MM-DD. */
export type MakerSalesQuery = { from: string; to: string; maker_id?: string }

export function useMakerSales(query: MakerSalesQuery) {
  return useQuery({
    queryKey: ["jahwal-maker-sales", query],
    queryFn: () =>
      sdk.client.fetch<MakerSalesReport>("/admin/reports/maker-sales", {
        query: query.maker_id ? query : { from: query.from, to: query.to },
      }),
    enabled: Boolean(query.from && query.to),
    placeholderData: keepPreviousData,
    retry: false,
  })
}
