import { getCampaignOverview } from "@/lib/data/campaigns"
import { listTopCategories } from "@/lib/data/categories"
import { FEATURED_GIFT_SETS_HANDLE, getCollectionByHandle } from "@/lib/data/collections"
import { listCollectionProducts, listNewestProducts } from "@/lib/data/products"
import { HomeTemplate } from "@/modules/home/templates/home-template"

const FEATURED_LIMIT = 8
const NEWEST_LIMIT = 8

export default async function HomePage() {
  const [featured, categories, newest, campaigns] = await Promise.all([
    getCollectionByHandle(FEATURED_GIFT_SETS_HANDLE),
    listTopCategories(),
    listNewestProducts(NEWEST_LIMIT),
    getCampaignOverview(),
  ])
  const giftSets = featured ? await listCollectionProducts(featured.id, FEATURED_LIMIT) : []
  return <HomeTemplate giftSets={giftSets} categories={categories} newest={newest} liveCampaign={campaigns.live[0] ?? null} />
}
