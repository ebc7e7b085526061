"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

const LINKS = [
  { href: "/gift-sets", label: "선물세트" },
  { href: "/makers", label: "만든 곳" },
  { href: "/brands", label: "공동브랜드" },
] as const

/** Site sections: gift sets and who makes the products. Rows in the phone menu, inline from md up. */
export function MainNav() {
  const pathname = usePathname()
  return (
    <nav aria-label="주요 메뉴">
      <ul className="flex flex-col font-semibold md:flex-row md:gap-1 md:text-sm">
        {LINKS.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`)
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`flex h-12 items-center rounded-lg px-3 text-base transition-colors hover:bg-brand-50 md:h-10 md:rounded-full md:text-sm ${
                  current ? "text-brand-700 underline underline-offset-4" : "text-ink-900 md:text-ink-700"
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
