import { editDistance, substringEditDistance } from "./edit-distance"
import { isChoseongQuery, keyboardKeysToJamo, toChoseong, toJamo } from "./hangul"
import { tokenize } from "./normalize"
import { stripParticles } from "./particles"

/**
 * How a query word matches an indexed word. Both search engines use these rules: the built-in
 * engine runs them over its word dictionary, the Meilisearch engine mirrors them in its
 * settings and matching fields. Scores are in (0, 1]; 0 means no match.
 */
export const MATCH_SCORE = {
  exact: 1,
  jamoExact: 0.95,
  prefix: 0.9,
  jamoPrefix: 0.85, // 김잡 while typing 김자반
  choseongExact: 0.9,
  choseongPrefix: 0.85,
  substring: 0.8,
  choseongSubstring: 0.75,
  jamoSubstring: 0.7,
  typo1: 0.65,
  typo2: 0.55,
  typoInside: 0.5, // 칭구 inside 내친구김
} as const

/** A particle-stripped form counts a little less than the word as typed. */
const STRIPPED_WEIGHT = 0.95
/** English-mode typing (rlawkqks for 김자반) is a guess, so it ranks below literal matches. */
const KEYBOARD_WEIGHT = 0.9

/** An indexed word with its precomputed Korean forms. */
export type WordEntry = { word: string; jamo: string; choseong: string }

export function wordEntry(word: string): WordEntry {
  return { word, jamo: toJamo(word), choseong: toChoseong(word) }
}

/** One way to read a query word: as typed, without its particle, or as English-mode keys. */
export type QueryVariant = { text: string | null; jamo: string; weight: number }

export type QueryToken = {
  raw: string
  /** set when the word is only initial consonants (ㄱㅈㅂ) */
  choseong: string | null
  variants: QueryVariant[]
}

/** How many wrong keys a word of this many keystrokes may have: none below 4 (one syllable). */
export function typoBudget(jamoLength: number): number {
  if (jamoLength < 4) return 0
  if (jamoLength < 8) return 1
  return 2
}

/** Query words with the readings each of them may match. */
export function analyzeQuery(q: string): QueryToken[] {
  return tokenize(q).map((raw) => {
    if (isChoseongQuery(raw)) return { raw, choseong: raw, variants: [] }
    const variants: QueryVariant[] = [{ text: raw, jamo: toJamo(raw), weight: 1 }]
    for (const stem of stripParticles(raw)) variants.push({ text: stem, jamo: toJamo(stem), weight: STRIPPED_WEIGHT })
    const typed = raw.length >= 2 ? keyboardKeysToJamo(raw) : null
    if (typed) variants.push({ text: null, jamo: typed, weight: KEYBOARD_WEIGHT })
    return { raw, choseong: null, variants }
  })
}

function matchVariant(v: QueryVariant, e: WordEntry): number {
  if (v.text !== null) {
    if (e.word === v.text) return MATCH_SCORE.exact
    if (e.word.startsWith(v.text)) return MATCH_SCORE.prefix
  }
  if (e.jamo === v.jamo) return MATCH_SCORE.jamoExact
  if (e.jamo.startsWith(v.jamo) && v.jamo.length >= 2) return MATCH_SCORE.jamoPrefix
  if (v.text !== null && e.word.includes(v.text)) return MATCH_SCORE.substring
  if (v.jamo.length >= 3 && e.jamo.includes(v.jamo)) return MATCH_SCORE.jamoSubstring
  const budget = typoBudget([...v.jamo].length)
  if (budget === 0) return 0
  const d = editDistance(v.jamo, e.jamo, budget)
  if (d <= budget) return d <= 1 ? MATCH_SCORE.typo1 : MATCH_SCORE.typo2
  // A typo inside a longer compound is only worth looking for when the query word is long
  // enough not to match everything (two full syllables or more).
  if ([...v.jamo].length >= 6 && substringEditDistance(v.jamo, e.jamo, 1) <= 1) return MATCH_SCORE.typoInside
  return 0
}

/** Best score of one query word against one indexed word (0: no match). */
export function matchWord(token: QueryToken, e: WordEntry): number {
  if (token.choseong !== null) {
    if (e.choseong === token.choseong) return MATCH_SCORE.choseongExact
    if (e.choseong.startsWith(token.choseong)) return MATCH_SCORE.choseongPrefix
    if (e.choseong.includes(token.choseong)) return MATCH_SCORE.choseongSubstring
    return 0
  }
  let best = 0
  for (const v of token.variants) best = Math.max(best, matchVariant(v, e) * v.weight)
  return best
}

/**
 * The indexed words a query word stands for, best first, at most `limit` of them:
 * 김자반을 → 김자반 (stripped), ㄱㅈㅂ → 김자반, 김자밤 → 김자반 (one key off).
 */
export function expandToken(token: QueryToken, dictionary: readonly WordEntry[], limit = 300): Map<string, number> {
  const found: [string, number][] = []
  for (const e of dictionary) {
    const score = matchWord(token, e)
    if (score > 0) found.push([e.word, score])
  }
  found.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)
  return new Map(found.slice(0, limit))
}

/** Words to index for a text: each word and its particle-stripped stems (원초로 → 원초로, 원초). */
export function indexWords(text: string): string[] {
  const words = new Set<string>()
  for (const word of tokenize(text)) {
    words.add(word)
    for (const stem of stripParticles(word)) words.add(stem)
  }
  return [...words]
}
