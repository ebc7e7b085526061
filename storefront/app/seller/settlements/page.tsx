import type { Metadata } from "next"
import { requireSeller } from "@/lib/data/seller"
import { getPayoutAccount, listSellerStatements } from "@/lib/data/seller-settlements"
import { SellerSettlementsTemplate } from "@/modules/seller/settlements/settlements-template"

export const metadata: Metadata = { title: "정산" }

export default async function SellerSettlementsPage() {
  const seller = await requireSeller("/seller/settlements")
  // the account is the 대표's to see and change (the API answers 403 to 담당자)
  const [statements, account] = await Promise.all([listSellerStatements(), seller.role === "owner" ? getPayoutAccount() : Promise.resolve(null)])
  return <SellerSettlementsTemplate statements={statements} account={account} />
}
