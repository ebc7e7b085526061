import { useState } from "react"

/** Page state for a limit/offset list and the props `Table.Pagination` needs. */
export function usePaging(pageSize = 20) {
  const [pageIndex, setPageIndex] = useState(0)
  const offset = pageIndex * pageSize
  const paginationProps = (count: number) => {
    const pageCount = Math.max(1, Math.ceil(count / pageSize))
    return {
      count,
      pageSize,
      pageIndex,
      pageCount,
      canPreviousPage: pageIndex > 0,
      canNextPage: pageIndex + 1 < pageCount,
      previousPage: () => setPageIndex((p) => Math.max(0, p - 1)),
      nextPage: () => setPageIndex((p) => p + 1),
      translations: { of: "/", results: "건", pages: "페이지", prev: "이전", next: "다음" },
    }
  }
  return { limit: pageSize, offset, reset: () => setPageIndex(0), paginationProps }
}
