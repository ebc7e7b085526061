import type { ReactNode } from "react"
import { connection } from "next/server"
import { ShopChrome } from "@/modules/layout/templates/shop-chrome"

/**
 * The frame of every page rendered per request: the visitor's own pages (cart, checkout,
 * account, orders) and, with caching off (STOREFRONT_CACHE_SECONDS=0), the catalog too. The
 * cached catalog pages have their own frame in app/(catalog) (proxy.ts picks one).
 */
export default async function ShopLayout({ children }: { children: ReactNode }) {
  await connection()
  return <ShopChrome>{children}</ShopChrome>
}
