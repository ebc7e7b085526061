import type { ReactNode } from "react"
import Link from "next/link"
import { site } from "@/lib/site"
import { AccountLink } from "@/modules/account/components/account-link"
import { CartLink } from "@/modules/cart/components/cart-link"
import { CategoryNav, type NavCategory } from "@/modules/categories/components/category-nav"
import { CloseIcon, MenuIcon, SearchIcon } from "@/modules/layout/components/header-icons"
import { HeaderDisclosure } from "@/modules/layout/components/header-disclosure"
import { MainNav } from "@/modules/layout/components/main-nav"

type HeaderProps = {
  categories: NavCategory[]
  search?: ReactNode
}

/** Phones: below the row, the full width. From md up: always shown, beside the logo. */
const SEARCH_PANEL =
  "hidden data-open:block order-last w-full px-1 pb-2 pt-1 md:order-none md:block md:w-auto md:max-w-xl md:flex-1 md:p-0"

/** Phones: a sheet dropping from the row. From md up: an inline second row of links. */
const MENU_PANEL =
  "hidden data-open:flex absolute inset-x-0 top-full z-40 flex-col gap-2 border-b border-cream-200 bg-white px-3 pb-4 pt-2 shadow-lg " +
  "md:static md:z-auto md:flex md:w-full md:flex-row md:items-center md:justify-between md:border-0 md:bg-transparent md:p-0 md:shadow-none"

/**
 * The site header. On a phone it is one 56px row (logo, search button, cart, menu button) over a
 * sideways-scrolling category strip, so the first products show without scrolling (issue #14).
 * Only the two buttons are client code; the links inside them are rendered here, on the server.
 */
export function Header({ categories, search }: HeaderProps) {
  return (
    <header className="border-b border-cream-200 bg-white">
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center gap-x-0.5 px-2 py-1.5 md:gap-x-6 md:gap-y-2 md:px-4 md:pb-2 md:pt-4">
        <Link href="/" className="mr-auto flex h-11 min-w-11 items-center gap-2 rounded-lg px-2 md:mr-0 md:h-auto md:flex-col md:items-start md:gap-0 md:px-0">
          <span className="text-xl font-extrabold tracking-tight text-brand-700 md:text-2xl">{site.name}</span>
          <span className="hidden text-sm text-ink-500 md:block">{site.tagline}</span>
        </Link>
        {search && (
          <HeaderDisclosure label="검색창" icon={<SearchIcon />} buttonClassName="md:hidden" panelClassName={SEARCH_PANEL} focusField>
            {search}
          </HeaderDisclosure>
        )}
        <div className="md:ml-auto">
          <CartLink />
        </div>
        <HeaderDisclosure
          label="전체 메뉴"
          icon={<MenuIcon />}
          openIcon={<CloseIcon />}
          buttonClassName="md:hidden"
          panelClassName={MENU_PANEL}
        >
          <MainNav />
          <AccountLink />
        </HeaderDisclosure>
      </div>
      <CategoryNav categories={categories} />
    </header>
  )
}
