import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { compactQuery, sdk } from "../lib/client"
import type { Center, CenterInput, CenterLevel, Paged } from "../lib/types"

export type CentersQuery = { limit?: number; offset?: number; level?: CenterLevel; q?: string }

export const centerKeys = {
  all: ["jahwal-centers"] as const,
  list: (query: CentersQuery) => [...centerKeys.all, "list", query] as const,
  detail: (id: string) => [...centerKeys.all, "detail", id] as const,
}

export function useCenters(query: CentersQuery = {}) {
  return useQuery({
    queryKey: centerKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<Paged<"centers", Center>>("/admin/centers", { query: compactQuery(query) }),
    placeholderData: keepPreviousData,
  })
}

/** Every regional center (광역자활센터), for parent and owner selects. */
export function useRegionalCenters() {
  return useCenters({ level: "regional", limit: 100 })
}

export function useCreateCenter() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CenterInput) =>
      sdk.client.fetch<{ center: Center }>("/admin/centers", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: centerKeys.all }),
  })
}

export function useUpdateCenter(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<CenterInput>) =>
      sdk.client.fetch<{ center: Center }>(`/admin/centers/${id}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: centerKeys.all }),
  })
}
