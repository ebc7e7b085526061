import { editDistance } from "../../../lib/korean/edit-distance"
import { typoBudget, type QueryToken, type WordEntry } from "../../../lib/korean/query-match"

/** Dictionary words that can stand for a product name: found in a title, maker or brand. */
const NAME_FIELDS = 0b1110 // bits of FIELD.title (1), maker (2), brand (3)

type Entry = WordEntry & { fields: number }

/** Closest name words to a query word, with a wider typo budget than matching uses. */
function closest(token: QueryToken, dictionary: readonly Entry[]): string[] {
  const v = token.variants[0]
  if (!v) return []
  const budget = Math.max(2, typoBudget([...v.jamo].length) + 1)
  const found: [string, number, number][] = []
  for (const e of dictionary) {
    if ((e.fields & NAME_FIELDS) === 0 || e.word === v.text) continue
    const d = editDistance(v.jamo, e.jamo, budget)
    if (d <= budget) found.push([e.word, d, (e.fields & 0b10) ? 0 : 1])
  }
  found.sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0], "ko"))
  return found.slice(0, 3).map(([word]) => word)
}

/**
 * "Did you mean" queries for a search that found nothing or little: each misspelled word
 * replaced by its closest title/maker/brand words (김자빈 → 김자반). Words found as they are
 * stay as typed.
 */
export function didYouMean(tokens: readonly QueryToken[], dictionary: readonly Entry[], max = 3): string[] {
  const known = new Set(dictionary.map((e) => e.word))
  const options = tokens.map((t) => (t.choseong !== null || known.has(t.raw) ? [] : closest(t, dictionary)))
  const suggestions = new Set<string>()
  for (let k = 0; k < max; k++) {
    const words = tokens.map((t, i) => options[i][Math.min(k, options[i].length - 1)] ?? t.raw)
    const text = words.join(" ")
    if (text !== tokens.map((t) => t.raw).join(" ")) suggestions.add(text)
  }
  return [...suggestions].slice(0, max)
}
