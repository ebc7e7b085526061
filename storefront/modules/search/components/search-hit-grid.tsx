import type { SearchHit } from "@/lib/data/search"
import { SearchHitCard } from "@/modules/search/components/search-hit-card"

/** Pictures of the first row load at once: they are what a phone shows first. */
const EAGER_IMAGES = 2

export function SearchHitGrid({ hits }: { hits: SearchHit[] }) {
  return (
    <ul className="grid grid-cols-2 gap-x-3 gap-y-6 sm:grid-cols-3 xl:grid-cols-4">
      {hits.map((hit, index) => (
        <li key={hit.id}>
          <SearchHitCard hit={hit} priority={index < EAGER_IMAGES} />
        </li>
      ))}
    </ul>
  )
}
