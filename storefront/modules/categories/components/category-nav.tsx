"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

export type NavCategory = {
  handle: string
  name: string
}

export function CategoryNav({ categories }: { categories: NavCategory[] }) {
  const pathname = usePathname()
  if (categories.length === 0) {
    return null
  }
  return (
    <nav aria-label="상품 카테고리" className="border-t border-cream-200">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 py-2 text-sm sm:px-4">
        {categories.map((category) => {
          const href = `/categories/${category.handle}`
          const current = pathname === href
          return (
            <li key={category.handle} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-full px-3 py-1.5 transition-colors hover:bg-brand-50 ${
                  current ? "bg-brand-600 font-semibold text-white hover:bg-brand-700" : "text-ink-700"
                }`}
              >
                {category.name}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
