import type { Brand, BrandMember } from "@/lib/data/brands"
import type { ShopProduct } from "@/lib/data/products"
import { BrandMembers } from "@/modules/brands/components/brand-members"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import { RichText } from "@/modules/common/components/rich-text"
import { MakerLogo } from "@/modules/makers/components/maker-logo"
import { MakerSection } from "@/modules/makers/components/maker-section"
import { ProductGrid } from "@/modules/products/components/product-grid"

type BrandTemplateProps = {
  brand: Brand
  members: BrandMember[]
  products: ShopProduct[]
}

export function BrandTemplate({ brand, members, products }: BrandTemplateProps) {
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-6 sm:py-10">
      <Breadcrumb
        trail={[
          { href: "/", label: "홈" },
          { href: "/brands", label: "공동브랜드" },
        ]}
        current={brand.name}
      />
      <header className="flex flex-col gap-4 rounded-xl bg-brand-50 p-6 sm:flex-row sm:items-center">
        <MakerLogo name={brand.name} logoUrl={brand.logo_url} size="lg" />
        <div className="space-y-1">
          <h1 className="text-2xl font-bold sm:text-3xl">{brand.name}</h1>
          {brand.slogan && <p className="text-lg text-brand-700">{brand.slogan}</p>}
          {brand.owner_center && (
            <p className="text-sm text-ink-500">
              {brand.owner_center.name} 공동브랜드 · {brand.owner_center.region}
            </p>
          )}
        </div>
      </header>
      <MakerSection id="brand-story" title="브랜드 이야기" className="max-w-3xl">
        <RichText text={brand.description} />
      </MakerSection>
      <BrandMembers members={members} />
      <MakerSection id="brand-products" title={`${brand.name} 상품`}>
        {products.length > 0 ? (
          <ProductGrid products={products} />
        ) : (
          <p className="rounded-xl bg-cream-100 p-8 text-center text-ink-700">
            지금 판매 중인 상품이 없습니다. 곧 새 상품으로 찾아뵙겠습니다.
          </p>
        )}
      </MakerSection>
    </div>
  )
}
