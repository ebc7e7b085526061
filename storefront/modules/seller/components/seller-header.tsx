import Link from "next/link"
import { logoutSeller } from "@/lib/data/seller-auth-actions"
import type { SellerSession } from "@/lib/data/seller"
import { roleLabel } from "@/lib/util/seller-forms"
import { SellerNavLinks } from "@/modules/seller/components/seller-nav-links"

/**
 * 판매자센터's own compact header (not the shop's): the wordmark, the maker and who is logged in,
 * 로그아웃, and the menu as one sideways-scrolling row, so it fits a 360px phone.
 */
export function SellerHeader({ seller }: { seller: SellerSession | null }) {
  return (
    <header className="border-b border-cream-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-3 py-2">
        <Link href="/seller" className="shrink-0 text-base font-bold text-brand-700">
          판매자센터
        </Link>
        {seller && (
          <p className="min-w-0 flex-1 truncate text-sm text-ink-700">
            <span className="font-semibold text-ink-900" data-testid="seller-maker-name">{seller.maker.name}</span>
            <span className="text-ink-500"> · {seller.name} ({roleLabel(seller.role)})</span>
          </p>
        )}
        {seller ? (
          <form action={logoutSeller} className="shrink-0">
            <button type="submit" className="min-h-11 rounded-full px-3 text-sm font-semibold text-ink-500 hover:bg-cream-100 hover:text-ink-900">
              로그아웃
            </button>
          </form>
        ) : (
          <Link href="/" className="ml-auto shrink-0 text-sm text-ink-500 hover:underline">
            자활장터 쇼핑몰
          </Link>
        )}
      </div>
      {seller && (
        <nav aria-label="판매자센터 메뉴" className="mx-auto max-w-5xl px-2 pb-1">
          <SellerNavLinks />
        </nav>
      )}
    </header>
  )
}
