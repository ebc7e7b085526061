"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useEffect, useRef } from "react"

export type NavCategory = {
  handle: string
  name: string
}

/**
 * The category strip under the header row: one line of tabs that scrolls sideways on a phone
 * (it never wraps into a second row), with the current category scrolled into sight.
 */
export function CategoryNav({ categories }: { categories: NavCategory[] }) {
  const pathname = usePathname()
  const list = useRef<HTMLUListElement>(null)

  useEffect(() => {
    const strip = list.current
    const current = strip?.querySelector<HTMLElement>("[aria-current=page]")
    if (!strip || !current) return
    // centre it within the strip only: scrollIntoView could move the page as well
    strip.scrollLeft = current.offsetLeft - (strip.clientWidth - current.offsetWidth) / 2
  }, [pathname])

  if (categories.length === 0) {
    return null
  }
  return (
    <nav aria-label="상품 카테고리" className="relative border-t border-cream-200">
      <ul
        ref={list}
        className="relative mx-auto flex max-w-6xl overflow-x-auto px-1 text-[0.9375rem] [scrollbar-width:none] md:px-2 [&::-webkit-scrollbar]:hidden"
      >
        {categories.map((category) => {
          const href = `/categories/${category.handle}`
          const current = pathname === href
          return (
            <li key={category.handle} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`flex h-11 items-center border-b-2 px-3 transition-colors hover:text-brand-700 ${
                  current ? "border-brand-600 font-bold text-brand-700" : "border-transparent text-ink-700"
                }`}
              >
                {category.name}
              </Link>
            </li>
          )
        })}
      </ul>
      {/* a fade at the right edge says the strip goes on */}
      <span
        aria-hidden="true"
        className="pointer-events-none absolute inset-y-0 right-0 w-8 bg-linear-to-l from-white md:hidden"
      />
    </nav>
  )
}
