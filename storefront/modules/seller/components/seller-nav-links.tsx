"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { currentNavHref, SELLER_NAV } from "@/modules/seller/nav"

/** The menu row; client code only to mark the current entry as the path changes. */
export function SellerNavLinks() {
  const current = currentNavHref(usePathname())
  return (
    <ul className="flex gap-1 overflow-x-auto whitespace-nowrap [scrollbar-width:none]">
      {SELLER_NAV.map((item) => {
        const active = item.href === current
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={`flex min-h-11 items-center rounded-full px-3 text-sm font-semibold ${
                active ? "bg-brand-50 text-brand-700" : "text-ink-700 hover:bg-cream-100"
              }`}
            >
              {item.label}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
