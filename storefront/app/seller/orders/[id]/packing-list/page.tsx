import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireSeller } from "@/lib/data/seller"
import { getSellerPackingList } from "@/lib/data/seller-orders"
import { PackingListTemplate } from "@/modules/seller/orders/packing-list-template"

export const metadata: Metadata = { title: "포장 명세서", robots: { index: false } }

type Props = { params: Promise<{ id: string }> }

export default async function SellerPackingListPage({ params }: Props) {
  const { id } = await params
  await requireSeller(`/seller/orders/${id}/packing-list`)
  const slip = await getSellerPackingList(id)
  if (!slip) notFound()
  return <PackingListTemplate slip={slip} />
}
