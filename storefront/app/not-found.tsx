import { NotFoundMessage } from "@/modules/layout/components/not-found-message"
import { ShopChrome } from "@/modules/layout/templates/shop-chrome"

/**
 * An address that matches no page, or notFound() on a page rendered per request (the cached
 * catalog has its own, inside its frame). Next renders this element inside every page's tree,
 * so it must not make a page dynamic; it is built ahead, when no backend answers, so its frame
 * goes without the category strip then (ShopChrome).
 */
export default function NotFound() {
  return (
    <ShopChrome>
      <NotFoundMessage />
    </ShopChrome>
  )
}
