import { compact } from "../../../../lib/korean/normalize"
import { analyzeQuery, expandToken, type QueryToken } from "../../../../lib/korean/query-match"
import { SYNONYMS } from "../../../../lib/korean/synonyms"
import { FIELD } from "../../utils/document-words"
import type { DictionaryEntry } from "./dictionary"

/** Scored like a prefix match: below the word as typed, above substrings and typos. */
const SYNONYM_SCORE = 0.85

/** A dictionary word standing for query word `token`, looked up in fields up to `max_field`. */
export type Expansion = { word: string; token: number; score: number; max_field: number }

export type QueryPlan = {
  tokens: QueryToken[]
  /** dictionary words each query word stands for, with their match score */
  expansions: Expansion[]
  /** query words with at least one dictionary word */
  matchable: number
  /** `%…%` pattern on the run-together title, or null when every word is in the dictionary */
  compactLike: string | null
}

/** Turns a query into the dictionary words to look up (pure; see backend/lib/korean). */
export function planQuery(q: string, dictionary: readonly DictionaryEntry[], perToken = 300): QueryPlan {
  const tokens = analyzeQuery(q)
  const expansions: Expansion[] = []
  let matchable = 0
  const known = new Set(dictionary.map((e) => e.word))
  tokens.forEach((token, i) => {
    // A lone syllable or consonant (김, ㄱ) reaches hundreds of words; its best ones are enough.
    const words = expandToken(token, dictionary, [...token.raw].length === 1 ? Math.min(perToken, 40) : perToken)
    // A synonym counts like a prefix match of the word itself.
    for (const v of token.variants) {
      for (const synonym of (v.text && SYNONYMS[v.text]) || []) {
        if (known.has(synonym) && !words.has(synonym)) words.set(synonym, SYNONYM_SCORE * v.weight)
      }
    }
    if (words.size) matchable++
    // A lone character is someone still typing a name: titles, makers and brands only.
    const maxField = [...token.raw].length === 1 ? FIELD.brand : FIELD.description
    for (const [word, score] of words) expansions.push({ word, token: i, score, max_field: maxField })
  })
  // The run-together title is scanned only when a word found nothing in the dictionary
  // (김자반1봉 for 김자반 1봉): a sequential scan is affordable then, not on every query.
  const whole = compact(q)
  const compactLike =
    matchable < tokens.length && [...whole].length >= 2 ? `%${whole.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
  return { tokens, expansions, matchable, compactLike }
}
