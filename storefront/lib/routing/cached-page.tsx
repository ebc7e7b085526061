import type { Metadata } from "next"
import type { ReactNode } from "react"
import { decodeQuery } from "@/lib/routing/cached-query"
import type { SearchParams } from "@/lib/util/search-params"

/* eslint-disable @typescript-eslint/no-explicit-any -- each page has its own params shape */
type PageProps = { params: Promise<any>; searchParams: Promise<SearchParams> }
type CachedProps = { params: Promise<{ q: string } & Record<string, string>> }

function split(props: CachedProps): PageProps {
  const both = props.params.then(({ q, ...rest }) => ({ q, rest }))
  return { params: both.then((b) => b.rest), searchParams: both.then((b) => decodeQuery(b.q)) }
}

/**
 * A catalog page of app/(shop) served from the cache: the same page, its query taken from the
 * `[q]` segment instead of the request (reading the request would make it dynamic). One
 * implementation, two addresses: docs/performance.md "Cached pages".
 */
export function cachedPage(Page: (props: PageProps) => Promise<ReactNode> | ReactNode) {
  return function CachedPage(props: CachedProps) {
    return Page(split(props))
  }
}

export function cachedMetadata(generate: (props: PageProps) => Promise<Metadata>) {
  return (props: CachedProps) => generate(split(props))
}

/** No page is built ahead: each is rendered on its first request, then kept (ISR) until a tag of its data is revalidated. */
export function noStaticParams(): { q: string }[] {
  return []
}
