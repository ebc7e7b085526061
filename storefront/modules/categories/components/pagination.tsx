import Link from "next/link"
import { pageLinks } from "@/lib/util/pagination"

type PaginationProps = {
  page: number
  totalPages: number
  basePath: string
}

const itemClass = "flex h-10 min-w-10 items-center justify-center rounded-lg px-3"

function hrefFor(basePath: string, page: number): string {
  return page === 1 ? basePath : `${basePath}?page=${page}`
}

function StepLink({ basePath, page, label }: { basePath: string; page: number | null; label: string }) {
  if (page === null) {
    return (
      <span aria-disabled="true" className={`${itemClass} text-ink-500 opacity-50`}>
        {label}
      </span>
    )
  }
  return (
    <Link href={hrefFor(basePath, page)} className={`${itemClass} hover:bg-brand-50`}>
      {label}
    </Link>
  )
}

export function Pagination({ page, totalPages, basePath }: PaginationProps) {
  if (totalPages <= 1) {
    return null
  }
  return (
    <nav aria-label="페이지 이동" className="flex justify-center">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        <li>
          <StepLink basePath={basePath} page={page > 1 ? page - 1 : null} label="이전" />
        </li>
        {pageLinks(page, totalPages).map((link, index) =>
          link === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className={itemClass}>
              …
            </li>
          ) : (
            <li key={link}>
              <Link
                href={hrefFor(basePath, link)}
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
          <StepLink basePath={basePath} page={page < totalPages ? page + 1 : null} label="다음" />
        </li>
      </ul>
    </nav>
  )
}
