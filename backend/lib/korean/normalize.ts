/**
 * Text as the search compares it: Unicode NFC (a phone may send decomposed Hangul), lower case,
 * punctuation turned into spaces, runs of spaces collapsed. NFKC is deliberately not used: it
 * would turn a lone ㄱ (compatibility jamo) into a conjoining jamo and break 초성 queries.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)) // full-width ASCII
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}

/** Words of a text after normalization (김자반 1봉 (선물용) → ["김자반", "1봉", "선물용"]). */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text)
  return normalized ? normalized.split(" ") : []
}

/** Normalized text without spaces, for matches that cross word boundaries (내친구 김 ↔ 내친구김). */
export function compact(text: string): string {
  return normalizeText(text).replace(/ /g, "")
}
