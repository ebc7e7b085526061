import type { MedusaContainer } from "@medusajs/framework/types"
import { SEED_VERSION, SeedContext } from "./context"
import { ensureAdminUser } from "./steps/admin-user"
import { ensurePublishableKey } from "./steps/api-key"
import { ensureCampaigns } from "./steps/campaigns"
import { ensureCatalog } from "./steps/catalog"
import { ensureFulfillment } from "./steps/fulfillment"
import { ensureOrganisations, ensureProductMakers } from "./steps/makers"
import { ensurePendingListing } from "./steps/pending-listing"
import { ensurePromotions } from "./steps/promotions"
import { ensureRegion } from "./steps/region"
import { ensureSearchIndex } from "./steps/search-index"
import { ensureSellerAccounts } from "./steps/seller-accounts"
import { ensureStore, markSeeded } from "./steps/store"

/**
 * Seeds the whole shop. Every step looks before it writes, so running it twice changes nothing
 * (the launcher still runs it only once, guarded by the store's seed marker). The 특판전 come only
 * with `campaigns: true` (the launcher's seed): a live campaign changes prices, and the tests
 * that seed expect the catalogue's regular prices.
 */
export async function seedAll(container: MedusaContainer, log: (m: string) => void = () => {}, options: { campaigns?: boolean } = {}) {
  const ctx: SeedContext = { container, log }
  await ensureStore(ctx)
  await ensureRegion(ctx)
  await ensureFulfillment(ctx)
  const publishableKey = await ensurePublishableKey(ctx)
  const organisations = await ensureOrganisations(ctx)
  await ensureCatalog(ctx)
  await ensureProductMakers(ctx, organisations)
  await ensureAdminUser(ctx)
  await ensureSellerAccounts(ctx)
  await ensurePendingListing(ctx)
  await ensurePromotions(ctx)
  if (options.campaigns) await ensureCampaigns(ctx)
  await ensureSearchIndex(ctx)
  await markSeeded(ctx, SEED_VERSION)
  return { publishableKey, regionId: ctx.regionId!, salesChannelId: ctx.salesChannelId! }
}
