import { toChoseong } from "./hangul"
import { matchWord, MATCH_SCORE, wordEntry, type QueryToken } from "./query-match"
import { stripParticles } from "./particles"

/** A piece of text and whether it matched the query; rendered as plain text, never as HTML. */
export type HighlightSegment = { text: string; match: boolean }

const WORD = /[\p{L}\p{N}]+/gu

/**
 * Splits seller-written text into matched and unmatched segments: the literal part a query word
 * hits (친구 in 내친구김), the syllables of a 초성 match, or the whole word for a typo or jamo
 * match.
 */
export function highlight(text: string, tokens: readonly QueryToken[]): HighlightSegment[] {
  const chars = [...text]
  const mark = new Array<boolean>(chars.length).fill(false)
  // Offsets below are code-point indexes, so they line up with `chars`.
  const codePointIndex = (utf16: number) => [...text.slice(0, utf16)].length

  for (const m of text.matchAll(WORD)) {
    const start = codePointIndex(m.index)
    const word = m[0].toLowerCase()
    const wordChars = [...word]
    const markRange = (from: number, length: number) => {
      for (let i = from; i < from + length && i < wordChars.length; i++) mark[start + i] = true
    }
    for (const token of tokens) {
      if (token.choseong !== null) {
        const at = [...toChoseong(word)].join("").indexOf(token.choseong)
        if (at >= 0) markRange([...toChoseong(word).slice(0, at)].length, [...token.choseong].length)
        continue
      }
      let literal = false
      for (const v of token.variants) {
        if (!v.text) continue
        const at = word.indexOf(v.text)
        if (at >= 0) {
          markRange([...word.slice(0, at)].length, [...v.text].length)
          literal = true
        }
      }
      if (literal) continue
      const forms = [word, ...stripParticles(word)]
      const score = Math.max(...forms.map((f) => matchWord(token, wordEntry(f))))
      if (score >= MATCH_SCORE.typoInside) markRange(0, wordChars.length)
    }
  }

  const segments: HighlightSegment[] = []
  chars.forEach((ch, i) => {
    const last = segments[segments.length - 1]
    if (last && last.match === mark[i]) last.text += ch
    else segments.push({ text: ch, match: mark[i] })
  })
  return segments
}
