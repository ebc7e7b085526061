import type { Metadata } from "next"
import { requireSeller } from "@/lib/data/seller"
import { retrieveSellerDashboard } from "@/lib/data/seller-dashboard"
import { DashboardTemplate } from "@/modules/seller/dashboard/dashboard-template"

export const metadata: Metadata = { title: "대시보드" }

export default async function SellerDashboardPage() {
  const seller = await requireSeller()
  const dashboard = await retrieveSellerDashboard()
  if (!dashboard) {
    return (
      <div className="space-y-2">
        <h1 className="text-xl font-bold">{seller.maker.name} 대시보드</h1>
        <p className="text-ink-700">대시보드 자료를 아직 불러올 수 없습니다. 잠시 후 다시 열어 주세요.</p>
      </div>
    )
  }
  return <DashboardTemplate makerName={seller.maker.name} dashboard={dashboard} />
}
