import Link from "next/link"
import { logout } from "@/lib/data/customer-actions"

const LINKS = [
  { href: "/account", label: "내 정보" },
  { href: "/account/orders", label: "주문 내역" },
  { href: "/account/addresses", label: "배송지 관리" },
] as const

/** The account's sections and the 로그아웃 button (a form, so it works without scripts). */
export function AccountNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return (
    <nav aria-label="내 계정 메뉴" className="flex flex-wrap items-center gap-2 text-sm font-semibold">
      <ul className="flex flex-wrap gap-1">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={current === link.href ? "page" : undefined}
              className={`block rounded-full px-3 py-2 hover:bg-brand-50 ${
                current === link.href ? "bg-brand-50 text-brand-700" : "text-ink-700"
              }`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
      <form action={logout} className="ml-auto">
        <button type="submit" className="rounded-full px-3 py-2 text-ink-500 hover:bg-cream-100 hover:text-ink-900">
          로그아웃
        </button>
      </form>
    </nav>
  )
}
