import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireSeller } from "@/lib/data/seller"
import { getSellerStatement } from "@/lib/data/seller-settlements"
import { SellerStatementTemplate } from "@/modules/seller/settlements/statement-template"

export const metadata: Metadata = { title: "정산 명세서" }

type Props = { params: Promise<{ id: string }> }

export default async function SellerStatementPage({ params }: Props) {
  const { id } = await params
  await requireSeller(`/seller/settlements/${id}`)
  // another maker's statement is a 404 from the API: this area's not-found page
  const found = await getSellerStatement(id)
  if (!found) notFound()
  return <SellerStatementTemplate statement={found.statement} lines={found.lines} />
}
