import { compact } from "../../../lib/korean/normalize"
import { indexWords } from "../../../lib/korean/query-match"
import type { SearchDocument } from "../types"

/**
 * Where a word was found. Ranking puts title hits above maker/brand hits above the rest
 * (subtitle, category, tags, certifications, region) above the description.
 */
export const FIELD = { title: 1, maker: 2, brand: 3, other: 4, description: 5 } as const
export const FIELD_WEIGHT: Record<number, number> = { 1: 100, 2: 40, 3: 40, 4: 20, 5: 12 }

export type Posting = { word: string; field: number }

/** The words of a document per field, each word once per field. */
export function documentPostings(doc: SearchDocument): Posting[] {
  const fields: [number, string][] = [
    [FIELD.title, doc.title],
    [FIELD.maker, doc.maker_name ?? ""],
    [FIELD.brand, doc.brand_name ?? ""],
    [FIELD.other, [doc.subtitle ?? "", ...doc.category_names, ...doc.tags, ...doc.certifications, doc.region ?? ""].join(" ")],
    [FIELD.description, doc.description],
  ]
  const postings: Posting[] = []
  for (const [field, text] of fields) for (const word of indexWords(text)) postings.push({ word, field })
  return postings
}

/** The title without spaces or punctuation, for queries that run words together (김자반1봉). */
export function titleCompact(doc: SearchDocument): string {
  return compact(doc.title)
}
