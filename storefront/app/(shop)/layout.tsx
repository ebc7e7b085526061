import type { ReactNode } from "react"
import { ShopChrome } from "@/modules/layout/templates/shop-chrome"

export default function ShopLayout({ children }: { children: ReactNode }) {
  return <ShopChrome>{children}</ShopChrome>
}
