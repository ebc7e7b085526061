import type { Metadata } from "next"
import { listCustomerOrders, requireCustomer } from "@/lib/data/customer"
import { AccountOverviewTemplate } from "@/modules/account/templates/account-overview-template"

export const metadata: Metadata = { title: "내 계정", robots: { index: false } }

const RECENT_ORDERS = 5

export default async function AccountPage() {
  const customer = await requireCustomer("/account")
  const { orders } = await listCustomerOrders(RECENT_ORDERS)
  return <AccountOverviewTemplate customer={customer} recentOrders={orders} />
}
