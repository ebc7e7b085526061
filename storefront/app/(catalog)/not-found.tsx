import { NotFoundMessage } from "@/modules/layout/components/not-found-message"

/**
 * The not-found of the catalog's frame (its layout already draws the header). Without this file
 * Next puts the root not-found — a whole ShopChrome — into every cached page's payload as this
 * level's boundary: 4.5 KB of each page's RSC data for a header no one sees (docs/performance.md).
 */
export default function CatalogFrameNotFound() {
  return <NotFoundMessage />
}
