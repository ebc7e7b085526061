import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import { SEARCH_MODULE } from "../../modules/search"
import type SearchModuleService from "../../modules/search/service"
import { windowAt } from "./campaign-window"
import { cacheKey, isSearchPath, pathOf } from "./cache-key"
import { catalogVersion } from "./catalog-version"
import { storeCacheState } from "./process-cache"
import { storeCacheSeconds } from "./settings"

type Resolver = { resolve<T>(key: string): T }
type Headers = Record<string, string | string[] | undefined>

async function loadBoundaries(scope: Resolver): Promise<number[]> {
  const campaigns = scope.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)
  const published = await campaigns.listSaleCampaigns({ status: "published" }, { select: ["starts_at", "ends_at"], take: null })
  return published.flatMap((c) => [new Date(c.starts_at).getTime(), new Date(c.ends_at).getTime()])
}

/**
 * The cache key of a public catalog read as of now, and until when an answer computed now may
 * be kept: the catalog version, the campaign window and (for search) the index version, read
 * from memory once warm. Throws when the cache module cannot be read.
 */
export async function storeRequestKey(
  scope: Resolver,
  req: { method: string; url: string; headers: Headers },
  now = Date.now()
): Promise<{ key: string; expiresAt: number }> {
  const { boundaries } = storeCacheState()
  const version = await catalogVersion(scope.resolve<ICacheService>(Modules.CACHE))
  const window = windowAt(await boundaries.get(version, () => loadBoundaries(scope)), now)
  const index = isSearchPath(pathOf(req.url))
    ? await scope.resolve<SearchModuleService>(SEARCH_MODULE).indexVersion()
    : undefined
  return {
    key: cacheKey({ method: req.method, url: req.url, headers: req.headers, version, liveEpoch: window.epoch, indexVersion: index }),
    expiresAt: Math.min(now + storeCacheSeconds() * 1000, window.next ?? Infinity),
  }
}
