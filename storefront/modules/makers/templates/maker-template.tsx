import type { MakerDetail } from "@/lib/data/makers"
import type { ShopProduct } from "@/lib/data/products"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import { RichText } from "@/modules/common/components/rich-text"
import { MakerBrands } from "@/modules/makers/components/maker-brands"
import { MakerCenters } from "@/modules/makers/components/maker-centers"
import { MakerCertifications } from "@/modules/makers/components/maker-certifications"
import { MakerHeader } from "@/modules/makers/components/maker-header"
import { MakerSection } from "@/modules/makers/components/maker-section"
import { SellerDisclosure } from "@/modules/makers/components/seller-disclosure"
import { ProductGrid } from "@/modules/products/components/product-grid"

type MakerTemplateProps = {
  maker: MakerDetail
  products: ShopProduct[]
}

export function MakerTemplate({ maker, products }: MakerTemplateProps) {
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-6 sm:py-10">
      <Breadcrumb
        trail={[
          { href: "/", label: "홈" },
          { href: "/makers", label: "만든 곳" },
        ]}
        current={maker.name}
      />
      <MakerHeader maker={maker} />
      <div className="grid gap-8 md:grid-cols-[2fr_1fr] md:gap-12">
        <MakerSection id="maker-story" title="이야기">
          <RichText text={maker.story} />
        </MakerSection>
        <div className="space-y-8">
          <MakerCenters maker={maker} />
          <MakerCertifications certifications={maker.certifications} />
          <MakerBrands brands={maker.brands} />
        </div>
      </div>
      <MakerSection id="maker-products" title={`${maker.name}의 상품`}>
        {products.length > 0 ? (
          <ProductGrid products={products} />
        ) : (
          <p className="rounded-xl bg-cream-100 p-8 text-center text-ink-700">
            지금 판매 중인 상품이 없습니다. 곧 새 상품으로 찾아뵙겠습니다.
          </p>
        )}
      </MakerSection>
      <SellerDisclosure maker={maker} />
    </div>
  )
}
