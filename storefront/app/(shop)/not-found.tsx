import { NotFoundMessage } from "@/modules/layout/components/not-found-message"

/**
 * notFound() on a page rendered per request: inside the (shop) layout's frame, so the message
 * alone. Without it the root not-found (its own ShopChrome) drew a second header inside the first
 * and rode along in every page's RSC payload.
 */
export default function ShopNotFound() {
  return <NotFoundMessage />
}
