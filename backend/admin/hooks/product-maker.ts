import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/client"
import type { ProductMaker } from "../lib/types"
import { jointBrandKeys } from "./joint-brands"
import { makerKeys } from "./makers"

export const productMakerKeys = {
  detail: (productId: string) => ["jahwal-product-maker", productId] as const,
}

export function useProductMaker(productId: string) {
  return useQuery({
    queryKey: productMakerKeys.detail(productId),
    queryFn: () => sdk.client.fetch<ProductMaker>(`/admin/products/${productId}/maker`),
    enabled: Boolean(productId),
  })
}

/** `joint_brand_id: null` removes the brand; leaving it out keeps the current one. */
export type SetProductMakerInput = { maker_id: string; joint_brand_id?: string | null }

export function useSetProductMaker(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SetProductMakerInput) =>
      sdk.client.fetch<ProductMaker>(`/admin/products/${productId}/maker`, { method: "POST", body }),
    onSuccess: async (data) => {
      queryClient.setQueryData(productMakerKeys.detail(productId), data)
      await queryClient.invalidateQueries({ queryKey: makerKeys.all })
      await queryClient.invalidateQueries({ queryKey: jointBrandKeys.all })
    },
  })
}
