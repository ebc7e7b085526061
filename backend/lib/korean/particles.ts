import { finalConsonant, isHangulSyllable } from "./hangul"

/**
 * 조사 (particles) and a few common endings that shoppers attach to a search word
 * (김자반을, 서울에서, 고구마는). `after` says which final sound the particle needs, so that
 * words which merely end like a particle (사과, 가방) are left alone: 과 only follows a
 * consonant, and 사 has none.
 */
type After = "consonant" | "vowel" | "any" | "vowel-or-ㄹ"
const PARTICLES: [string, After][] = [
  ["에서부터", "any"], ["으로부터", "consonant"],
  ["에서는", "any"], ["에서도", "any"], ["으로는", "consonant"], ["으로도", "consonant"], ["에게서", "any"],
  ["한테서", "any"], ["이라고", "consonant"], ["이에요", "consonant"], ["입니다", "any"],
  ["에서", "any"], ["에게", "any"], ["한테", "any"], ["으로", "consonant"], ["까지", "any"], ["부터", "any"],
  ["처럼", "any"], ["보다", "any"], ["이나", "consonant"], ["이랑", "consonant"], ["하고", "any"], ["에는", "any"],
  ["에도", "any"], ["조차", "any"], ["마저", "any"], ["이든", "consonant"], ["라고", "vowel"], ["예요", "vowel"],
  ["이요", "consonant"], ["으론", "consonant"],
  ["을", "consonant"], ["를", "vowel"], ["이", "consonant"], ["가", "vowel"], ["은", "consonant"], ["는", "vowel"],
  ["과", "consonant"], ["와", "vowel"], ["로", "vowel-or-ㄹ"], ["에", "any"], ["도", "any"], ["만", "any"],
  ["의", "any"], ["랑", "vowel"], ["나", "vowel"], ["요", "any"], ["께", "any"],
]

function fits(after: After, lastSyllable: string): boolean {
  const final = finalConsonant(lastSyllable)
  switch (after) {
    case "any": return true
    case "consonant": return final !== ""
    case "vowel": return final === ""
    case "vowel-or-ㄹ": return final === "" || final === "ㄹ"
  }
}

/**
 * The word without a trailing particle, longest particle first: 김자반을 → ["김자반"],
 * 서울에서는 → ["서울"], 사과 → []. A stem keeps at least one syllable; words of one syllable
 * are never stripped. Several stems may come back when particles nest (서울에서도 → 서울).
 */
export function stripParticles(word: string): string[] {
  const chars = [...word]
  if (chars.length < 2 || !isHangulSyllable(chars[chars.length - 1])) return []
  const stems: string[] = []
  for (const [particle, after] of PARTICLES) {
    if (!word.endsWith(particle)) continue
    const stem = word.slice(0, word.length - particle.length)
    const stemChars = [...stem]
    if (stemChars.length < 1 || !isHangulSyllable(stemChars[stemChars.length - 1])) continue
    if (!fits(after, stemChars[stemChars.length - 1])) continue
    if (!stems.includes(stem)) stems.push(stem)
  }
  return stems
}
