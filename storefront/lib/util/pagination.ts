/** Reads a 1-based `?page=` value; anything missing or malformed means the first page. */
export function parsePageParam(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (value === undefined || !/^\d+$/.test(value)) {
    return 1
  }
  const page = Number(value)
  return Number.isSafeInteger(page) && page >= 1 ? page : 1
}

export function countPages(total: number, perPage: number): number {
  if (perPage <= 0) {
    throw new RangeError(`perPage must be positive, got ${perPage}`)
  }
  return Math.max(1, Math.ceil(Math.max(0, total) / perPage))
}

export function pageOffset(page: number, perPage: number): number {
  return (page - 1) * perPage
}

export type PageLink = number | "gap"

/**
 * The page numbers to offer around the current page: always the first and last,
 * the current one with `spread` neighbours on each side, and "gap" where pages are skipped.
 */
export function pageLinks(current: number, total: number, spread = 1): PageLink[] {
  const shown = new Set<number>([1, total])
  for (let page = current - spread; page <= current + spread; page++) {
    if (page >= 1 && page <= total) {
      shown.add(page)
    }
  }
  const pages = [...shown].sort((a, b) => a - b)
  const links: PageLink[] = []
  pages.forEach((page, index) => {
    const previous = pages[index - 1]
    if (previous !== undefined && page - previous === 2) {
      links.push(previous + 1)
    } else if (previous !== undefined && page - previous > 2) {
      links.push("gap")
    }
    links.push(page)
  })
  return links
}
