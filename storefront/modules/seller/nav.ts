/**
 * The 판매자센터 menu, in order. A new area adds one entry here (and its pages under
 * app/seller/<area>/); `match` is the path prefix that marks the entry current.
 */
export type SellerNavItem = { href: string; label: string; match?: string }

export const SELLER_NAV: SellerNavItem[] = [
  { href: "/seller", label: "대시보드" },
  { href: "/seller/products", label: "상품", match: "/seller/products" },
  { href: "/seller/orders", label: "주문·배송", match: "/seller/orders" },
  { href: "/seller/settlements", label: "정산", match: "/seller/settlements" },
  { href: "/seller/campaigns", label: "특판전", match: "/seller/campaigns" },
  { href: "/seller/members", label: "구성원", match: "/seller/members" },
  { href: "/seller/profile", label: "업체 정보", match: "/seller/profile" },
]

/** The entry that is current on a path: the longest matching prefix, 대시보드 only on /seller itself. */
export function currentNavHref(pathname: string, items: readonly SellerNavItem[] = SELLER_NAV): string | undefined {
  let best: SellerNavItem | undefined
  for (const item of items) {
    const prefix = item.match ?? item.href
    const hit = item.match ? pathname === prefix || pathname.startsWith(`${prefix}/`) : pathname === prefix
    if (hit && (!best || prefix.length > (best.match ?? best.href).length)) best = item
  }
  return best?.href
}
