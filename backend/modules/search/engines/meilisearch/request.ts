import { isChoseongQuery, keyboardKeysToJamo, toKeyboardKeys } from "../../../../lib/korean/hangul"
import { normalizeText, tokenize } from "../../../../lib/korean/normalize"
import { stripParticles } from "../../../../lib/korean/particles"
import type { SearchSort } from "../../types"
import { choseongKeys } from "./mapping"
import { CHOSEONG_FIELDS, KEY_FIELDS, LITERAL_FIELDS } from "./settings"

export type MeilisearchQuery = {
  q: string
  attributesToSearchOn: string[]
  weight: number
}

/**
 * The readings of a query, searched together (federated multi-search, merged by weighted
 * score): as typed, without particles (김자반을 → 김자반), as keystrokes for jamo-level typos
 * (김자밤 → rlawkqka, one key off rlawkqks), and as 초성 keys (ㄱㅈㅂ → rwq).
 */
export function queryReadings(q: string): MeilisearchQuery[] {
  const normalized = normalizeText(q)
  if (!normalized) return [{ q: "", attributesToSearchOn: LITERAL_FIELDS, weight: 1 }]
  if (isChoseongQuery(normalized)) {
    return [{ q: choseongKeys(normalized.replace(/\s+/g, "")) || normalized, attributesToSearchOn: CHOSEONG_FIELDS, weight: 0.9 }]
  }
  const words = tokenize(normalized)
  const readings: MeilisearchQuery[] = [{ q: normalized, attributesToSearchOn: LITERAL_FIELDS, weight: 1 }]
  const stems = words.map((w) => stripParticles(w)[0] ?? w)
  if (stems.join(" ") !== normalized) readings.push({ q: stems.join(" "), attributesToSearchOn: LITERAL_FIELDS, weight: 0.95 })
  // English-mode typing is already keystrokes; Korean is spelled into them.
  const keys = words.map((w) => (keyboardKeysToJamo(w) ? w.toLowerCase() : toKeyboardKeys(stripParticles(w)[0] ?? w)))
  const keyQuery = keys.filter(Boolean).join(" ")
  if (keyQuery && keyQuery !== normalized) readings.push({ q: keyQuery, attributesToSearchOn: KEY_FIELDS, weight: 0.8 })
  return readings
}

export function sortOf(sort: SearchSort): string[] | undefined {
  switch (sort) {
    case "price_asc": return ["price:asc"]
    case "price_desc": return ["price:desc"]
    case "newest": return ["created_at_ts:desc"]
    default: return undefined
  }
}
