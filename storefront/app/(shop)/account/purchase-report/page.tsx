import type { Metadata } from "next"
import { messageOf } from "@/lib/data/cart"
import { requireCustomer } from "@/lib/data/customer"
import { getPurchaseReport, retrieveInstitution, type PurchaseReport } from "@/lib/data/institution"
import { PurchaseReportTemplate } from "@/modules/account/templates/purchase-report-template"

export const metadata: Metadata = { title: "구매 실적", robots: { index: false } }

type Props = { searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> }

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/** This month so far in Seoul, when no period is asked for. */
function defaultPeriod(now = new Date()) {
  const seoul = new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10)
  return { from: `${seoul.slice(0, 8)}01`, to: seoul }
}

/** 구매 실적 (institutions): per maker, printable, with the CSV for the purchasing report. */
export default async function PurchaseReportPage({ searchParams }: Props) {
  await requireCustomer("/account/purchase-report")
  const institution = await retrieveInstitution()
  const params = await searchParams
  const period = { ...defaultPeriod(), ...(one(params.from) ? { from: one(params.from)! } : {}), ...(one(params.to) ? { to: one(params.to)! } : {}) }
  let report: PurchaseReport | null = null
  let error: string | null = null
  if (institution) {
    try {
      report = await getPurchaseReport(period.from, period.to)
    } catch (e) {
      error = messageOf(e, "구매 실적을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.")
    }
  }
  return <PurchaseReportTemplate institution={institution} period={period} report={report} error={error} />
}
