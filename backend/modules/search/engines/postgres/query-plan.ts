import { compact } from "../../../../lib/korean/normalize"
import { analyzeQuery, expandToken, type QueryToken } from "../../../../lib/korean/query-match"
import { SYNONYMS } from "../../../../lib/korean/synonyms"
import type { DictionaryEntry } from "./dictionary"

/** Scored like a prefix match: below the word as typed, above substrings and typos. */
const SYNONYM_SCORE = 0.85

export type Expansion = { word: string; token: number; score: number }

export type QueryPlan = {
  tokens: QueryToken[]
  /** dictionary words each query word stands for, with their match score */
  expansions: Expansion[]
  /** query words with at least one dictionary word */
  matchable: number
  /** `%…%` pattern on the run-together title, or null for queries too short for it */
  compactLike: string | null
}

/** Turns a query into the dictionary words to look up (pure; see backend/lib/korean). */
export function planQuery(q: string, dictionary: readonly DictionaryEntry[], perToken = 300): QueryPlan {
  const tokens = analyzeQuery(q)
  const expansions: Expansion[] = []
  let matchable = 0
  const known = new Set(dictionary.map((e) => e.word))
  tokens.forEach((token, i) => {
    const words = expandToken(token, dictionary, perToken)
    // A synonym counts like a prefix match of the word itself.
    for (const v of token.variants) {
      for (const synonym of (v.text && SYNONYMS[v.text]) || []) {
        if (known.has(synonym) && !words.has(synonym)) words.set(synonym, SYNONYM_SCORE * v.weight)
      }
    }
    if (words.size) matchable++
    for (const [word, score] of words) expansions.push({ word, token: i, score })
  })
  const whole = compact(q)
  const compactLike = [...whole].length >= 2 ? `%${whole.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
  return { tokens, expansions, matchable, compactLike }
}
