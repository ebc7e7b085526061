"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

const LINKS = [
  { href: "/gift-sets", label: "선물세트" },
  { href: "/makers", label: "만든 곳" },
  { href: "/brands", label: "공동브랜드" },
] as const

/** Site sections beside the logo: gift sets and who makes the products. */
export function MainNav() {
  const pathname = usePathname()
  return (
    <nav aria-label="주요 메뉴">
      <ul className="flex gap-1 text-sm font-semibold">
        {LINKS.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`)
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-full px-3 py-2 transition-colors hover:bg-brand-50 ${
                  current ? "text-brand-700 underline underline-offset-4" : "text-ink-700"
                }`}
              >
                {link.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
