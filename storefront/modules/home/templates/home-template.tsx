import type { HttpTypes } from "@medusajs/types"
import type { ShopProduct } from "@/lib/data/products"
import { CategoryGrid } from "@/modules/categories/components/category-grid"
import type { PublicCampaign } from "@/lib/data/campaigns"
import { LiveCampaignBanner } from "@/modules/campaigns/components/live-campaign-banner"
import { Hero } from "@/modules/home/components/hero"
import { HomeSection } from "@/modules/home/components/home-section"
import { ProductGrid } from "@/modules/products/components/product-grid"

const GIFT_SETS_SECTION_ID = "featured-gift-sets"
const GIFT_SETS_PATH = "/gift-sets"

type HomeTemplateProps = {
  giftSets: ShopProduct[]
  categories: HttpTypes.StoreProductCategory[]
  newest: ShopProduct[]
  liveCampaign?: PublicCampaign | null
}

export function HomeTemplate({ giftSets, categories, newest, liveCampaign = null }: HomeTemplateProps) {
  return (
    <>
      {liveCampaign && <LiveCampaignBanner campaign={liveCampaign} />}
      <Hero giftSetsHref={GIFT_SETS_PATH} />
      {giftSets.length > 0 && (
        <HomeSection
          id={GIFT_SETS_SECTION_ID}
          title="추천 선물세트"
          description="고마운 분께 자활기업의 정성을 전하세요."
          more={{ href: GIFT_SETS_PATH, label: "선물세트 전체 보기" }}
        >
          <ProductGrid products={giftSets} />
        </HomeSection>
      )}
      {categories.length > 0 && (
        <HomeSection id="categories" title="카테고리">
          <CategoryGrid categories={categories} />
        </HomeSection>
      )}
      {newest.length > 0 && (
        <HomeSection id="newest" title="신상품">
          <ProductGrid products={newest} />
        </HomeSection>
      )}
    </>
  )
}
