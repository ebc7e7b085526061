import { SEARCH_QUERY_MAX_LENGTH } from "@/lib/util/search-query"

/** The page's own search field: a plain GET form, new words start a new search (filters dropped). */
export function SearchForm({ q }: { q?: string }) {
  return (
    <form action="/search" method="get" role="search" aria-label="상품 다시 찾기" className="flex gap-2">
      <label htmlFor="search-page-q" className="sr-only">
        검색어
      </label>
      <input
        id="search-page-q"
        type="search"
        name="q"
        defaultValue={q ?? ""}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        enterKeyHint="search"
        placeholder="예: 김자반, 내친구김, ㄱㅈㅂ"
        className="h-11 min-w-0 flex-1 rounded-lg border border-cream-200 bg-white px-3 text-base text-ink-900"
      />
      <button type="submit" className="h-11 shrink-0 rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700">
        검색
      </button>
    </form>
  )
}
