import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/client"

export type Institution = {
  id: string
  customer_id: string
  name: string
  business_number: string
  contact_name: string
  contact_phone: string | null
  contact_email: string | null
}
export type InstitutionInput = Pick<Institution, "name" | "business_number" | "contact_name"> & {
  contact_phone?: string | null
  contact_email?: string | null
}

export const institutionKeys = {
  all: ["jahwal-institutions"] as const,
  ofCustomer: (customerId: string) => ["jahwal-institutions", "customer", customerId] as const,
}

/** The institution a customer account is marked as, or null. */
export function useCustomerInstitution(customerId: string) {
  return useQuery({
    queryKey: institutionKeys.ofCustomer(customerId),
    queryFn: () =>
      sdk.client
        .fetch<{ institutions: Institution[] }>("/admin/institutions", { query: { customer_id: customerId, limit: 1 } })
        .then((r) => r.institutions[0] ?? null),
    enabled: Boolean(customerId),
  })
}

/** Marks (no id yet) or edits the customer's institution. */
export function useSaveInstitution(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: InstitutionInput & { id?: string }) =>
      id
        ? sdk.client.fetch<{ institution: Institution }>(`/admin/institutions/${id}`, { method: "POST", body })
        : sdk.client.fetch<{ institution: Institution }>("/admin/institutions", { method: "POST", body: { customer_id: customerId, ...body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionKeys.all }),
  })
}

export function useUnmarkInstitution() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/institutions/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionKeys.all }),
  })
}
