import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getMakerByHandle } from "@/lib/data/makers"
import { listProductsBy } from "@/lib/data/products"
import { makerKindLabel } from "@/lib/util/maker-kinds"
import { MakerTemplate } from "@/modules/makers/templates/maker-template"

type MakerPageProps = {
  params: Promise<{ handle: string }>
}

export async function generateMetadata({ params }: MakerPageProps): Promise<Metadata> {
  const { handle } = await params
  const maker = await getMakerByHandle(handle)
  if (!maker) {
    return {}
  }
  const center = maker.center ? `${maker.center.name}의 ` : ""
  return {
    title: maker.name,
    description: `${maker.region} ${center}${makerKindLabel(maker.kind)} ${maker.name}의 이야기와 상품을 만나 보세요.`,
  }
}

export default async function MakerPage({ params }: MakerPageProps) {
  const { handle } = await params
  const maker = await getMakerByHandle(handle)
  if (!maker) {
    notFound()
  }
  const products = await listProductsBy({ maker: maker.handle })
  return <MakerTemplate maker={maker} products={products} />
}
