import { isMakerKind, type MakerKind } from "./maker-kinds"
import { firstParam, textParam, type SearchParams } from "./search-params"

/** Filters of the /makers list, as the Store API takes them (GET /store/makers). */
export type MakerFilters = {
  q?: string
  region?: string
  kind?: MakerKind
  certification?: string
}

/**
 * Reads the /makers filters from the URL. Values the Store API would reject (an unknown kind,
 * a region or search text of the wrong length) are dropped, so a mistyped link still shows a list.
 */
export function parseMakerFilters(query: SearchParams): MakerFilters {
  const kind = firstParam(query.kind)
  const filters: MakerFilters = {
    q: textParam(query.q, 1, 50),
    region: textParam(query.region, 2, 20),
    kind: isMakerKind(kind) ? kind : undefined,
    certification: textParam(query.certification, 1, 50),
  }
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined)
  ) as MakerFilters
}

export function hasMakerFilters(filters: MakerFilters): boolean {
  return Object.keys(filters).length > 0
}
