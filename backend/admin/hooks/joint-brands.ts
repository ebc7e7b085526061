import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/client"
import type { JointBrand, JointBrandInput, Paged } from "../lib/types"
import { makerKeys } from "./makers"

export type JointBrandsQuery = { limit?: number; offset?: number }

export const jointBrandKeys = {
  all: ["jahwal-joint-brands"] as const,
  list: (query: JointBrandsQuery) => [...jointBrandKeys.all, "list", query] as const,
}

export function useJointBrands(query: JointBrandsQuery = {}) {
  return useQuery({
    queryKey: jointBrandKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<Paged<"joint_brands", JointBrand>>("/admin/joint-brands", { query }),
    placeholderData: keepPreviousData,
  })
}

function useInvalidateBrands() {
  const queryClient = useQueryClient()
  return async () => {
    await queryClient.invalidateQueries({ queryKey: jointBrandKeys.all })
    // A maker lists the brands it belongs to.
    await queryClient.invalidateQueries({ queryKey: makerKeys.all })
  }
}

export function useCreateJointBrand() {
  const invalidate = useInvalidateBrands()
  return useMutation({
    mutationFn: (body: JointBrandInput) =>
      sdk.client.fetch<{ joint_brand: JointBrand }>("/admin/joint-brands", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useUpdateJointBrand(id: string) {
  const invalidate = useInvalidateBrands()
  return useMutation({
    mutationFn: (body: Partial<JointBrandInput>) =>
      sdk.client.fetch<{ joint_brand: JointBrand }>(`/admin/joint-brands/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}
