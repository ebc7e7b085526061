import "server-only"
import { redirect } from "next/navigation"
import { cache } from "react"
import { getSdk } from "@/lib/sdk"
import { authHeaders, getAuthToken } from "@/lib/data/auth-cookie"

/** A saved delivery address in our convention: first_name holds the recipient's full name. */
export type CustomerAddress = {
  id: string
  address_name: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  postal_code: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  country_code: string | null
  is_default_shipping: boolean
}

export type Customer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  created_at: string
  addresses: CustomerAddress[]
}

/** One line of the order history. */
export type CustomerOrderSummary = {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status: string
  fulfillment_status: string
  total: number
  /** how it was paid (null before any payment), so an unpaid bank transfer reads 입금 대기 */
  provider_id: string | null
}

type StoreOrderRow = Omit<CustomerOrderSummary, "provider_id"> & {
  payment_collections?: { payments?: { provider_id: string }[] | null }[] | null
}

const CUSTOMER_FIELDS =
  "id,email,first_name,last_name,phone,created_at,*addresses"
// "*payment_collections.payments": the Store API drops a narrower "payments.provider_id" selection
const ORDER_SUMMARY_FIELDS =
  "id,display_id,created_at,status,payment_status,fulfillment_status,total,*payment_collections.payments"

function isUnauthorized(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "status" in error &&
    (error.status === 401 || error.status === 403)
  )
}

/**
 * The signed-in customer with their saved addresses, or null for a guest (no cookie, or an
 * expired/invalid token). Never cached across visitors: it is read with the visitor's token.
 */
export const retrieveCustomer = cache(async (): Promise<Customer | null> => {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await getSdk().client.fetch<{ customer: Customer }>("/store/customers/me", {
      method: "GET",
      query: { fields: CUSTOMER_FIELDS },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return customer
  } catch (error) {
    if (isUnauthorized(error)) return null
    throw error
  }
})

/** The signed-in customer's orders, newest first. */
export async function listCustomerOrders(
  limit = 20,
  offset = 0
): Promise<{ orders: CustomerOrderSummary[]; count: number }> {
  const { orders, count } = await getSdk().client.fetch<{ orders: StoreOrderRow[]; count: number }>(
    "/store/orders",
    {
      method: "GET",
      query: { fields: ORDER_SUMMARY_FIELDS, order: "-created_at", limit, offset },
      headers: await authHeaders(),
      cache: "no-store",
    }
  )
  return {
    orders: orders.map(({ payment_collections, ...order }) => ({
      ...order,
      provider_id: payment_collections?.flatMap((pc) => pc.payments ?? [])[0]?.provider_id ?? null,
    })),
    count,
  }
}

/**
 * The signed-in customer, or a redirect to the login page that comes back to `returnTo`
 * afterwards. For pages under /account.
 */
export async function requireCustomer(returnTo: string): Promise<Customer> {
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/account/login?next=${encodeURIComponent(returnTo)}`)
  return customer
}
