import Link from "next/link"
import { pageLinks } from "@/lib/util/pagination"
import { hrefWithQuery } from "@/lib/util/search-params"

type Query = Record<string, string | undefined>

type PaginationProps = {
  page: number
  totalPages: number
  basePath: string
  /** Filters to keep in every page link (e.g. region, maker). */
  query?: Query
  /** Builds a page's link itself, for lists whose URL holds more than one value per key (/search). */
  hrefFor?: (page: number) => string
}

const itemClass = "flex h-10 min-w-10 items-center justify-center rounded-lg px-3"

type StepLinkProps = { hrefFor: (page: number) => string; page: number | null; label: string }

function StepLink({ hrefFor, page, label }: StepLinkProps) {
  if (page === null) {
    return (
      <span aria-disabled="true" className={`${itemClass} text-ink-500 opacity-50`}>
        {label}
      </span>
    )
  }
  return (
    <Link href={hrefFor(page)} className={`${itemClass} hover:bg-brand-50`}>
      {label}
    </Link>
  )
}

export function Pagination({ page, totalPages, basePath, query = {}, hrefFor: customHref }: PaginationProps) {
  if (totalPages <= 1) {
    return null
  }
  const hrefFor = customHref ?? ((target: number) => hrefWithQuery(basePath, { ...query, page: target }))
  return (
    <nav aria-label="페이지 이동" className="flex justify-center">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        <li>
          <StepLink hrefFor={hrefFor} page={page > 1 ? page - 1 : null} label="이전" />
        </li>
        {pageLinks(page, totalPages).map((link, index) =>
          link === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className={itemClass}>
              …
            </li>
          ) : (
            <li key={link}>
              <Link
                href={hrefFor(link)}
                aria-current={link === page ? "page" : undefined}
                aria-label={`${link}페이지`}
                className={`${itemClass} ${
                  link === page ? "bg-brand-600 font-semibold text-white" : "hover:bg-brand-50"
                }`}
              >
                {link}
              </Link>
            </li>
          )
        )}
        <li>
          <StepLink hrefFor={hrefFor} page={page < totalPages ? page + 1 : null} label="다음" />
        </li>
      </ul>
    </nav>
  )
}
