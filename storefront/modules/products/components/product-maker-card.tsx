import Link from "next/link"
import type { ProductBrand, ProductMaker } from "@/lib/data/products"
import { makerKindLabel } from "@/lib/util/maker-kinds"
import { MakerLogo } from "@/modules/makers/components/maker-logo"

type ProductMakerCardProps = {
  maker: ProductMaker
  brand: ProductBrand | null
  /** a set of several makers: its revenue is shared by the makers of its components */
  sharedRevenue?: boolean
}

/** "만든 곳": the maker that made (and sells) the product, and the joint brand it belongs to. */
export function ProductMakerCard({ maker, brand, sharedRevenue = false }: ProductMakerCardProps) {
  return (
    <section
      aria-labelledby="product-maker-title"
      className="space-y-3 rounded-xl border border-cream-200 bg-white p-4"
    >
      <h2 id="product-maker-title" className="text-sm font-semibold text-ink-500">
        만든 곳
      </h2>
      <div className="flex items-center gap-3">
        <MakerLogo name={maker.name} logoUrl={maker.logo_url} />
        <div className="space-y-0.5">
          <Link
            href={`/makers/${maker.handle}`}
            className="text-lg font-bold text-leaf-700 hover:underline"
          >
            {maker.name}
          </Link>
          <p className="text-sm text-ink-500">
            {makerKindLabel(maker.kind)} · {maker.region}
          </p>
        </div>
      </div>
      {brand && (
        <p className="text-sm text-ink-700">
          <span className="text-ink-500">공동브랜드 </span>
          <Link href={`/brands/${brand.handle}`} className="font-semibold text-brand-700 hover:underline">
            {brand.name}
          </Link>
          {brand.slogan && <span className="text-ink-500"> — {brand.slogan}</span>}
        </p>
      )}
      <p className="text-sm text-ink-700">
        {sharedRevenue
          ? `${maker.name}에서 구성해 보내 드리며, 판매 수익은 구성품을 만든 자활기업에서 일하는 분들의 일자리와 소득이 됩니다.`
          : `이 상품의 판매 수익은 ${maker.name}에서 일하는 분들의 일자리와 소득이 됩니다.`}
      </p>
    </section>
  )
}
