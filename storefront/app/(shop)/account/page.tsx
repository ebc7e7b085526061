import type { Metadata } from "next"
import Link from "next/link"
import { listCustomerOrders, requireCustomer } from "@/lib/data/customer"
import { retrieveInstitution } from "@/lib/data/institution"
import { AccountOverviewTemplate } from "@/modules/account/templates/account-overview-template"

export const metadata: Metadata = { title: "내 계정", robots: { index: false } }

const RECENT_ORDERS = 5

export default async function AccountPage() {
  const customer = await requireCustomer("/account")
  const [{ orders }, institution] = await Promise.all([listCustomerOrders(RECENT_ORDERS), retrieveInstitution()])
  return (
    <>
      <AccountOverviewTemplate customer={customer} recentOrders={orders} />
      {institution && (
        <p className="mx-auto max-w-4xl px-4 pb-10 text-sm">
          기관 회원({institution.name}):{" "}
          <Link href="/account/purchase-report" className="font-semibold underline underline-offset-4">
            구매 실적 보기·내려받기
          </Link>
        </p>
      )}
    </>
  )
}
