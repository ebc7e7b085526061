export type SearchParams = Record<string, string | string[] | undefined>

/** The first value of a query parameter, trimmed; undefined when missing or blank. */
export function firstParam(raw: string | string[] | undefined): string | undefined {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim()
  return value ? value : undefined
}

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A URL handle ("naechingu-gim"), or undefined for anything that is not one. */
export function handleParam(raw: string | string[] | undefined): string | undefined {
  const value = firstParam(raw)
  return value && value.length <= 100 && HANDLE.test(value) ? value : undefined
}

/** Free text such as a 시·도 name or a certification, within the given length. */
export function textParam(raw: string | string[] | undefined, min: number, max: number): string | undefined {
  const value = firstParam(raw)
  return value && value.length >= min && value.length <= max ? value : undefined
}

/**
 * A path with the given query parameters (empty ones left out, page 1 never written), e.g.
 * hrefWithQuery("/makers", { region: "광주광역시", page: 2 }) → "/makers?region=%EA%B4%91…&page=2".
 */
export function hrefWithQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === "" || (key === "page" && value === 1)) {
      continue
    }
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
