/**
 * Hangul as it is typed. A syllable (김) is decomposed into the keystrokes of the standard
 * 2-beolsik keyboard (ㄱ ㅣ ㅁ): compound vowels and final clusters become the two keys that
 * type them (ㅘ → ㅗㅏ, ㄺ → ㄹㄱ), so one wrong key is one edit, whatever part of the syllable
 * it hits. Everything that is not Hangul passes through unchanged.
 */

const SYLLABLE_FIRST = 0xac00
const SYLLABLE_LAST = 0xd7a3

export const CHOSEONG = ["ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
const JUNGSEONG = ["ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅘ", "ㅙ", "ㅚ", "ㅛ", "ㅜ", "ㅝ", "ㅞ", "ㅟ", "ㅠ", "ㅡ", "ㅢ", "ㅣ"]
const JONGSEONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

/** Jamo typed with two keys. */
const TWO_KEYS: Record<string, string> = {
  ㅘ: "ㅗㅏ", ㅙ: "ㅗㅐ", ㅚ: "ㅗㅣ", ㅝ: "ㅜㅓ", ㅞ: "ㅜㅔ", ㅟ: "ㅜㅣ", ㅢ: "ㅡㅣ",
  ㄳ: "ㄱㅅ", ㄵ: "ㄴㅈ", ㄶ: "ㄴㅎ", ㄺ: "ㄹㄱ", ㄻ: "ㄹㅁ", ㄼ: "ㄹㅂ", ㄽ: "ㄹㅅ", ㄾ: "ㄹㅌ", ㄿ: "ㄹㅍ", ㅀ: "ㄹㅎ", ㅄ: "ㅂㅅ",
}

const CHOSEONG_SET = new Set(CHOSEONG)

export function isHangulSyllable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST
}

/** Hangul compatibility jamo (ㄱ … ㅣ), what a phone keyboard shows for a lone consonant or vowel. */
export function isCompatibilityJamo(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0
  return code >= 0x3131 && code <= 0x3163
}

export function hasHangul(text: string): boolean {
  for (const ch of text) if (isHangulSyllable(ch) || isCompatibilityJamo(ch)) return true
  return false
}

/** [초성, 중성, 종성] of one syllable (종성 "" when there is none), or null for anything else. */
export function decomposeSyllable(ch: string): [string, string, string] | null {
  if (!isHangulSyllable(ch)) return null
  const index = (ch.codePointAt(0) as number) - SYLLABLE_FIRST
  return [CHOSEONG[Math.floor(index / 588)], JUNGSEONG[Math.floor((index % 588) / 28)], JONGSEONG[index % 28]]
}

/** Whether a syllable ends in a consonant (받침), which decides 을/를, 이/가, 은/는, 과/와, 으로/로. */
export function hasFinalConsonant(ch: string): boolean {
  return Boolean(decomposeSyllable(ch)?.[2])
}

/** The final consonant of a syllable ("" when none or not a syllable). */
export function finalConsonant(ch: string): string {
  return decomposeSyllable(ch)?.[2] ?? ""
}

/** Keystroke jamo of a text: 김자반 → ㄱㅣㅁㅈㅏㅂㅏㄴ, 과자 → ㄱㅗㅏㅈㅏ. Non-Hangul is kept. */
export function toJamo(text: string): string {
  let out = ""
  for (const ch of text) {
    const parts = decomposeSyllable(ch)
    if (parts) out += parts.map((j) => TWO_KEYS[j] ?? j).join("")
    else out += TWO_KEYS[ch] ?? ch
  }
  return out
}

/** 초성 of a text: 김자반 → ㄱㅈㅂ. Lone jamo and non-Hangul characters are kept as they are. */
export function toChoseong(text: string): string {
  let out = ""
  for (const ch of text) out += decomposeSyllable(ch)?.[0] ?? ch
  return out
}

/** True for a query made only of initial consonants (ㄱㅈㅂ), which asks for a 초성 match. */
export function isChoseongQuery(text: string): boolean {
  const chars = [...text.replace(/\s+/g, "")]
  return chars.length > 0 && chars.every((ch) => CHOSEONG_SET.has(ch))
}

/** The 2-beolsik keyboard: the Latin key under each jamo (ㄱ is r, ㅏ is k). */
const KEY_OF_JAMO: Record<string, string> = {
  ㅂ: "q", ㅈ: "w", ㄷ: "e", ㄱ: "r", ㅅ: "t", ㅛ: "y", ㅕ: "u", ㅑ: "i", ㅐ: "o", ㅔ: "p",
  ㅁ: "a", ㄴ: "s", ㅇ: "d", ㄹ: "f", ㅎ: "g", ㅗ: "h", ㅓ: "j", ㅏ: "k", ㅣ: "l",
  ㅋ: "z", ㅌ: "x", ㅊ: "c", ㅍ: "v", ㅠ: "b", ㅜ: "n", ㅡ: "m",
  // Shifted keys, written doubled so that they stay distinct in case-insensitive engines and a
  // missed shift (ㄲ → ㄱ) is still one edit away.
  ㅃ: "qq", ㅉ: "ww", ㄸ: "ee", ㄲ: "rr", ㅆ: "tt", ㅒ: "oo", ㅖ: "pp",
}
const JAMO_OF_KEY: Record<string, string> = Object.fromEntries(
  Object.entries(KEY_OF_JAMO).filter(([, key]) => key.length === 1).map(([jamo, key]) => [key, jamo])
)

/**
 * ASCII spelling of a text's keystrokes (김자반 → rlawkqks), for engines whose tokenizers
 * would split or drop lone jamo. Digits are kept; other characters become spaces.
 */
export function toKeyboardKeys(text: string): string {
  let out = ""
  for (const ch of toJamo(text)) {
    if (KEY_OF_JAMO[ch]) out += KEY_OF_JAMO[ch]
    else if (/[0-9]/.test(ch)) out += ch
    else out += " "
  }
  return out.replace(/\s+/g, " ").trim()
}

/**
 * The jamo a shopper meant when typing Korean with the keyboard in English mode
 * (rlawkqks → ㄱㅣㅁㅈㅏㅂㅏㄴ), or null when the text is not plain Latin letters.
 */
export function keyboardKeysToJamo(text: string): string | null {
  if (!/^[a-zA-Z]+$/.test(text)) return null
  let out = ""
  for (const ch of text) {
    const upper = ch === ch.toUpperCase()
    const jamo = JAMO_OF_KEY[ch.toLowerCase()]
    // Shift + q/w/e/r/t/o/p types the doubled jamo.
    const shifted = upper ? Object.entries(KEY_OF_JAMO).find(([, key]) => key === ch.toLowerCase().repeat(2))?.[0] : undefined
    out += shifted ?? jamo
  }
  return out
}
