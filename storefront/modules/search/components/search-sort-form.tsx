import { SEARCH_FACETS, SEARCH_SORTS, type SearchQuery } from "@/lib/util/search-query"

/**
 * The sort order as a GET form: it keeps the words and filters in hidden fields and starts again
 * at page 1, so the order lives in the URL like everything else.
 */
export function SearchSortForm({ query }: { query: SearchQuery }) {
  return (
    <form action="/search" method="get" className="flex items-center gap-2">
      {query.q && <input type="hidden" name="q" value={query.q} />}
      {SEARCH_FACETS.flatMap(({ key }) =>
        query.filters[key].map((value) => <input key={`${key}-${value}`} type="hidden" name={key} value={value} />)
      )}
      <label htmlFor="search-sort" className="text-sm font-semibold text-ink-700">
        정렬
      </label>
      <select
        id="search-sort"
        name="sort"
        defaultValue={query.sort}
        className="h-10 rounded-lg border border-cream-200 bg-white px-2 text-sm text-ink-900"
      >
        {SEARCH_SORTS.map((sort) => (
          <option key={sort.key} value={sort.key}>
            {sort.label}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="h-10 rounded-lg border border-brand-600 px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        적용
      </button>
    </form>
  )
}
