import { useMutation, useQuery, useQueryClient, keepPreviousData } from "@tanstack/react-query"
import { compactQuery, sdk } from "../lib/client"
import type { Maker, MakerInput, MakerStatus, Paged } from "../lib/types"

export type MakersQuery = { limit?: number; offset?: number; q?: string; center_id?: string; status?: MakerStatus }

export const makerKeys = {
  all: ["jahwal-makers"] as const,
  list: (query: MakersQuery) => [...makerKeys.all, "list", query] as const,
  detail: (id: string) => [...makerKeys.all, "detail", id] as const,
}

export function useMakers(query: MakersQuery = {}) {
  return useQuery({
    queryKey: makerKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<Paged<"makers", Maker>>("/admin/makers", { query: compactQuery(query) }),
    placeholderData: keepPreviousData,
  })
}

export function useMaker(id: string) {
  return useQuery({
    queryKey: makerKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ maker: Maker }>(`/admin/makers/${id}`),
    enabled: Boolean(id),
  })
}

export function useCreateMaker() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: MakerInput) =>
      sdk.client.fetch<{ maker: Maker }>("/admin/makers", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: makerKeys.all }),
  })
}

export function useUpdateMaker(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<MakerInput>) =>
      sdk.client.fetch<{ maker: Maker }>(`/admin/makers/${id}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: makerKeys.all }),
  })
}
