/**
 * Edit distances over code points (used on keystroke jamo, so one wrong key = 1).
 * Both stop early once `max` is exceeded: callers only care about "close enough".
 */

/** Levenshtein distance, or max + 1 when it is larger than max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = [...a]
  const t = [...b]
  if (Math.abs(s.length - t.length) > max) return max + 1
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j)
  let beforePrev: number[] = []
  for (let i = 1; i <= s.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      // Adjacent transposition (ㅏㅣ typed as ㅣㅏ) counts as one edit.
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        cur[j] = Math.min(cur[j], beforePrev[j - 2] + 1)
      }
      rowMin = Math.min(rowMin, cur[j])
    }
    if (rowMin > max) return max + 1
    beforePrev = prev
    prev = cur
  }
  return prev[t.length] > max ? max + 1 : prev[t.length]
}

/**
 * Smallest edit distance between `needle` and any substring of `haystack` (a partial word with
 * a typo inside a longer compound: 칭구 in 내친구김), or max + 1 when larger than max.
 */
export function substringEditDistance(needle: string, haystack: string, max = Infinity): number {
  const s = [...needle]
  const t = [...haystack]
  let prev = new Array(t.length + 1).fill(0) // a match may start anywhere in haystack
  for (let i = 1; i <= s.length; i++) {
    const cur = [i]
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    }
    if (Math.min(...cur) > max) return max + 1
    prev = cur
  }
  const best = Math.min(...prev)
  return best > max ? max + 1 : best
}
