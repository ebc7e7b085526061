import type { ReactNode } from "react"
import { ShopChrome } from "@/modules/layout/templates/shop-chrome"

/**
 * The frame of the cached catalog pages (app/(catalog)/v/[q], reached through proxy.ts). It reads
 * nothing of the visitor, so the whole page can be kept: the cart badge and 로그인/내 계정 are
 * client islands that ask /api/visitor.
 */
export default function CatalogLayout({ children }: { children: ReactNode }) {
  return <ShopChrome>{children}</ShopChrome>
}
