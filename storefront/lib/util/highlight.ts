/** A piece of text, and whether it matched the search words (shown in <mark>). */
export type HighlightSegment = { text: string; match: boolean }

/**
 * The segments to render for a highlighted field. Segments are joined where neighbours agree
 * (so one word is one <mark>) and empty ones dropped. When the segments do not spell the
 * field's text (a stale or broken highlight), the plain text is shown unmarked instead: a
 * highlight may only decorate the title, never change it.
 */
export function highlightSegments(
  text: string,
  segments: readonly HighlightSegment[] | undefined
): HighlightSegment[] {
  const plain = text === "" ? [] : [{ text, match: false }]
  if (!segments || segments.map((segment) => segment.text).join("") !== text) {
    return plain
  }
  const merged: HighlightSegment[] = []
  for (const segment of segments) {
    if (segment.text === "") {
      continue
    }
    const last = merged[merged.length - 1]
    if (last && last.match === segment.match) {
      last.text += segment.text
    } else {
      merged.push({ text: segment.text, match: Boolean(segment.match) })
    }
  }
  return merged
}

/**
 * Marks every occurrence of the typed words in a text, ignoring case, for the suggestion list
 * (the suggest API sends no highlights). Words that do not occur leave the text unmarked.
 */
export function markTypedWords(text: string, typed: string): HighlightSegment[] {
  const words = [...new Set(typed.toLowerCase().split(/\s+/).filter((word) => word !== ""))]
  if (text === "") {
    return []
  }
  const lower = text.toLowerCase()
  if (lower.length !== text.length) {
    // a few letters change length when lowercased; positions would no longer line up
    return [{ text, match: false }]
  }
  const marked = new Array<boolean>(text.length).fill(false)
  for (const word of words) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) {
      marked.fill(true, at, at + word.length)
    }
  }
  const segments: HighlightSegment[] = []
  marked.forEach((match, index) => {
    const last = segments[segments.length - 1]
    if (last && last.match === match) {
      last.text += text[index]
    } else {
      segments.push({ text: text[index]!, match })
    }
  })
  return segments
}
