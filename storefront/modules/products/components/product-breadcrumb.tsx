import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"

type ProductBreadcrumbProps = {
  category: Pick<HttpTypes.StoreProductCategory, "name" | "handle"> | null
  title: string
}

export function ProductBreadcrumb({ category, title }: ProductBreadcrumbProps) {
  return (
    <nav aria-label="현재 위치" className="text-sm text-ink-500">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link href="/" className="hover:underline">
            홈
          </Link>
        </li>
        {category && (
          <li className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            <Link href={`/categories/${category.handle}`} className="hover:underline">
              {category.name}
            </Link>
          </li>
        )}
        <li className="flex items-center gap-1">
          <span aria-hidden="true">›</span>
          <span aria-current="page" className="text-ink-700">
            {title}
          </span>
        </li>
      </ol>
    </nav>
  )
}
