import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { orderAccessToken } from "@/lib/data/order-access"
import { getOrderDetails, getPurchaseCertificate } from "@/lib/data/orders"
import { CertificateTemplate } from "@/modules/orders/templates/certificate-template"

export const metadata: Metadata = { title: "구매확인서", robots: { index: false } }

type CertificatePageProps = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

/** 구매확인서, printable on A4; the same access as the order page (its cookie or the owner's login). */
export default async function CertificatePage({ params, searchParams }: CertificatePageProps) {
  const { id } = await params
  if ((await searchParams).token !== undefined) redirect(`/orders/${encodeURIComponent(id)}/certificate`)
  const access = { token: await orderAccessToken(id) }
  const [certificate, order] = await Promise.all([getPurchaseCertificate(id, access), getOrderDetails(id, access)])
  if (!certificate) notFound()
  return <CertificateTemplate certificate={certificate} providerId={order?.payment?.provider_id} />
}
