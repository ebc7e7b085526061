import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"

export function CategoryGrid({ categories }: { categories: HttpTypes.StoreProductCategory[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {categories.map((category) => (
        <li key={category.id}>
          <Link
            href={`/categories/${category.handle}`}
            className="flex h-full flex-col gap-1 rounded-xl border border-cream-200 bg-white p-4 transition-colors hover:border-brand-500 hover:bg-brand-50"
          >
            <span className="font-semibold text-ink-900">{category.name}</span>
            {category.description && (
              <span className="line-clamp-2 text-sm text-ink-500">{category.description}</span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  )
}
