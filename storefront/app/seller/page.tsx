import type { Metadata } from "next"
import { requireSeller } from "@/lib/data/seller"
import { retrieveSellerDashboard } from "@/lib/data/seller-dashboard"
import { DashboardTemplate } from "@/modules/seller/dashboard/dashboard-template"

export const metadata: Metadata = { title: "대시보드" }

export default async function SellerDashboardPage() {
  const seller = await requireSeller()
  const dashboard = await retrieveSellerDashboard()
  return <DashboardTemplate makerName={seller.maker.name} dashboard={dashboard} />
}
