import type { ReactNode } from "react"
import Link from "next/link"
import { site } from "@/lib/site"
import { AccountLink } from "@/modules/account/components/account-link"
import { CartLink } from "@/modules/cart/components/cart-link"
import { CategoryNav, type NavCategory } from "@/modules/categories/components/category-nav"
import { MainNav } from "@/modules/layout/components/main-nav"

type HeaderProps = {
  categories: NavCategory[]
  search?: ReactNode
}

export function Header({ categories, search }: HeaderProps) {
  return (
    <header className="bg-cream-100">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4">
        <Link href="/" className="flex flex-col leading-tight">
          <span className="text-2xl font-extrabold tracking-tight text-brand-700">{site.name}</span>
          <span className="text-xs text-ink-500 sm:text-sm">{site.tagline}</span>
        </Link>
        <MainNav />
        <AccountLink />
        <CartLink />
        {search && <div className="w-full sm:w-auto sm:flex-1 sm:max-w-md">{search}</div>}
      </div>
      <CategoryNav categories={categories} />
    </header>
  )
}
