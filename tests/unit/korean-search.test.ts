import { describe, expect, it } from "vitest"
import { editDistance, substringEditDistance } from "../../backend/lib/korean/edit-distance"
import {
  decomposeSyllable, hasFinalConsonant, isChoseongQuery, keyboardKeysToJamo, toChoseong, toJamo, toKeyboardKeys,
} from "../../backend/lib/korean/hangul"
import { highlight } from "../../backend/lib/korean/highlight"
import { compact, normalizeText, tokenize } from "../../backend/lib/korean/normalize"
import { stripParticles } from "../../backend/lib/korean/particles"
import {
  analyzeQuery, expandToken, indexWords, matchWord, MATCH_SCORE, typoBudget, wordEntry,
} from "../../backend/lib/korean/query-match"

describe("hangul", () => {
  it.each([
    ["김", ["ㄱ", "ㅣ", "ㅁ"]],
    ["가", ["ㄱ", "ㅏ", ""]],
    ["힣", ["ㅎ", "ㅣ", "ㅎ"]],
    ["닭", ["ㄷ", "ㅏ", "ㄺ"]],
    ["쌀", ["ㅆ", "ㅏ", "ㄹ"]],
  ])("decomposes %s", (ch, parts) => {
    expect(decomposeSyllable(ch)).toEqual(parts)
  })

  it("returns null for non-syllables", () => {
    expect(decomposeSyllable("a")).toBeNull()
    expect(decomposeSyllable("ㄱ")).toBeNull()
    expect(decomposeSyllable("1")).toBeNull()
  })

  it.each([
    ["김자반", "ㄱㅣㅁㅈㅏㅂㅏㄴ"],
    ["과자", "ㄱㅗㅏㅈㅏ"], // ㅘ is typed ㅗ then ㅏ
    ["닭갈비", "ㄷㅏㄹㄱㄱㅏㄹㅂㅣ"], // ㄺ is typed ㄹ then ㄱ
    ["의자", "ㅇㅡㅣㅈㅏ"],
    ["김 1봉", "ㄱㅣㅁ 1ㅂㅗㅇ"],
    ["HACCP", "HACCP"],
    ["ㅘ", "ㅗㅏ"],
  ])("spells %s as keystroke jamo", (text, jamo) => {
    expect(toJamo(text)).toBe(jamo)
  })

  it.each([
    ["김자반", "ㄱㅈㅂ"],
    ["내친구김 선물세트", "ㄴㅊㄱㄱ ㅅㅁㅅㅌ"],
    ["떡볶이", "ㄸㅂㅇ"],
    ["ab김", "abㄱ"],
  ])("takes the 초성 of %s", (text, cho) => {
    expect(toChoseong(text)).toBe(cho)
  })

  it.each([
    ["ㄱㅈㅂ", true],
    ["ㄱ ㅈ", true],
    ["ㄲㄸ", true],
    ["김ㅈㅂ", false],
    ["ㅏ", false],
    ["", false],
    ["abc", false],
  ])("isChoseongQuery(%s) = %s", (text, expected) => {
    expect(isChoseongQuery(text)).toBe(expected)
  })

  it("knows which syllables end in a consonant", () => {
    expect(hasFinalConsonant("반")).toBe(true)
    expect(hasFinalConsonant("마")).toBe(false)
    expect(hasFinalConsonant("a")).toBe(false)
  })

  it("spells keystrokes on the QWERTY keys and reads English-mode typing back", () => {
    expect(toKeyboardKeys("김자반")).toBe("rlawkqks")
    expect(toKeyboardKeys("꿀")).toBe("rrnf")
    expect(toKeyboardKeys("김자반 2봉")).toBe("rlawkqks 2qhd")
    expect(keyboardKeysToJamo("rlawkqks")).toBe(toJamo("김자반"))
    expect(keyboardKeysToJamo("Rnf")).toBe(toJamo("꿀"))
    expect(keyboardKeysToJamo("김")).toBeNull()
    expect(keyboardKeysToJamo("a1")).toBeNull()
  })
})

describe("normalize", () => {
  it("lowercases, folds full-width ASCII and turns punctuation into spaces", () => {
    expect(normalizeText("  HACCP 인증!! 김자반(1봉) ")).toBe("haccp 인증 김자반 1봉")
    expect(normalizeText("ＡＢＣ")).toBe("abc")
    expect(normalizeText("내친구김·선물세트")).toBe("내친구김 선물세트")
  })

  it("composes decomposed Hangul (NFD from some phones)", () => {
    expect(normalizeText("김자반".normalize("NFD"))).toBe("김자반")
  })

  it("keeps lone jamo as compatibility jamo for 초성 queries", () => {
    expect(normalizeText("ㄱㅈㅂ")).toBe("ㄱㅈㅂ")
  })

  it("tokenizes and compacts", () => {
    expect(tokenize("김자반 1봉, 선물용")).toEqual(["김자반", "1봉", "선물용"])
    expect(tokenize("   ")).toEqual([])
    expect(compact("내친구 김 선물세트")).toBe("내친구김선물세트")
  })
})

describe("particles", () => {
  it.each([
    ["김자반을", ["김자반"]],
    ["서울에서", ["서울"]],
    ["서울에서는", ["서울"]],
    ["고구마는", ["고구마"]],
    ["떡국이", ["떡국"]],
    ["국수를", ["국수"]],
    ["비누와", ["비누"]],
    ["김과", ["김"]],
    ["현미로", ["현미"]],
    ["쌀로", ["쌀"]], // 로 after ㄹ
    ["밥으로", ["밥"]],
    ["광주의", ["광주"]],
    ["두부도", ["두부"]],
    ["선물세트만", ["선물세트"]],
  ])("strips the particle of %s", (word, stems) => {
    expect(stripParticles(word)).toEqual(expect.arrayContaining(stems))
  })

  it.each(["사과", "가방", "김", "을", "두부", "참기름", "비누", "haccp", "500g"])("leaves %s alone", (word) => {
    expect(stripParticles(word)).toEqual([])
  })

  it("does not strip particles after the wrong final sound", () => {
    expect(stripParticles("사과")).toEqual([]) // 과 needs a consonant before it
    expect(stripParticles("고기를")).toEqual(["고기"])
    expect(stripParticles("김를")).toEqual([]) // 를 needs a vowel before it
  })
})

describe("edit distance", () => {
  it.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "abd", 1],
    ["abc", "ab", 1],
    ["abc", "acb", 1], // transposition
    ["kitten", "sitting", 3],
  ])("editDistance(%s, %s) = %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
  })

  it("counts one wrong key in a Hangul word as one edit", () => {
    expect(editDistance(toJamo("김자밤"), toJamo("김자반"))).toBe(1) // ㅁ for ㄴ
    expect(editDistance(toJamo("김지반"), toJamo("김자반"))).toBe(1) // ㅣ for ㅏ
    expect(editDistance(toJamo("도시릭김"), toJamo("도시락김"))).toBe(1)
    expect(editDistance(toJamo("과자"), toJamo("고자"))).toBe(1) // missed second key of ㅘ
  })

  it("stops early above max", () => {
    expect(editDistance("aaaaaaa", "bbbbbbb", 2)).toBe(3)
    expect(editDistance("a", "aaaaa", 1)).toBe(2)
  })

  it("finds a near match inside a longer word", () => {
    expect(substringEditDistance(toJamo("칭구"), toJamo("내친구김"))).toBe(1)
    expect(substringEditDistance("abc", "xxabcxx")).toBe(0)
    expect(substringEditDistance("abc", "xxxx", 1)).toBe(2)
  })
})

describe("query matching", () => {
  const entry = wordEntry("김자반")
  const score = (q: string, word = entry) => matchWord(analyzeQuery(q)[0], word)

  it("scores exact > prefix > substring", () => {
    expect(score("김자반")).toBe(MATCH_SCORE.exact)
    expect(score("김자")).toBe(MATCH_SCORE.prefix)
    expect(score("자반")).toBe(MATCH_SCORE.substring)
  })

  it("matches a word still being typed (김잡 → 김자반)", () => {
    expect(score("김잡")).toBe(MATCH_SCORE.jamoPrefix)
  })

  it("matches 초성", () => {
    expect(score("ㄱㅈㅂ")).toBe(MATCH_SCORE.choseongExact)
    expect(score("ㄱㅈ")).toBe(MATCH_SCORE.choseongPrefix)
    expect(score("ㅈㅂ")).toBe(MATCH_SCORE.choseongSubstring)
    expect(score("ㅂㅈ")).toBe(0)
  })

  it("forgives one wrong key on a two- to four-syllable word", () => {
    expect(score("김자밤")).toBe(MATCH_SCORE.typo1)
    expect(score("김저반")).toBe(MATCH_SCORE.typo1)
    expect(score("두뷰", wordEntry("두부"))).toBe(MATCH_SCORE.typo1)
    expect(score("도시릭김", wordEntry("도시락김"))).toBe(MATCH_SCORE.typo1)
    expect(score("잔치국슈", wordEntry("잔치국수"))).toBe(MATCH_SCORE.typo1)
  })

  it("does not forgive typos on one syllable", () => {
    expect(score("감", wordEntry("김"))).toBe(0)
    expect(typoBudget(3)).toBe(0)
    expect(typoBudget(4)).toBe(1)
    expect(typoBudget(9)).toBe(2)
  })

  it("matches a word with a particle through its stem, a little below the bare word", () => {
    const s = score("김자반을")
    expect(s).toBeGreaterThan(MATCH_SCORE.prefix)
    expect(s).toBeLessThan(MATCH_SCORE.exact)
  })

  it("matches English-mode typing", () => {
    expect(score("rlawkqks")).toBeGreaterThan(0.8)
    expect(score("rlawk")).toBeGreaterThan(0.7)
  })

  it("matches a typo inside a compound", () => {
    expect(score("칭구김", wordEntry("내친구김"))).toBe(MATCH_SCORE.typoInside)
  })

  it("does not match unrelated words", () => {
    expect(score("비누")).toBe(0)
    expect(score("냉면", wordEntry("국수"))).toBe(0)
  })

  it("expands a query word over a dictionary, best first", () => {
    const dictionary = ["김자반", "김", "전장김", "도시락김", "자반김", "비누", "김자밥"].map(wordEntry)
    const expanded = [...expandToken(analyzeQuery("김자반")[0], dictionary).keys()]
    expect(expanded[0]).toBe("김자반")
    expect(expanded).toContain("김자밥") // one key off
    expect(expanded).not.toContain("비누")
    expect([...expandToken(analyzeQuery("ㄱㅈㅂ")[0], dictionary).keys()]).toEqual(["김자반", "김자밥"])
    expect(expandToken(analyzeQuery("김")[0], dictionary, 2).size).toBe(2)
  })

  it("indexes words and their particle-stripped stems", () => {
    expect(indexWords("국내산 원초로 만든 김")).toEqual(["국내산", "원초로", "원초", "만든", "김"])
  })
})

describe("highlight", () => {
  const hl = (text: string, q: string) =>
    highlight(text, analyzeQuery(q)).map((s) => (s.match ? `[${s.text}]` : s.text)).join("")

  it("marks the literal part a word hits", () => {
    expect(hl("내친구김 김자반 1봉", "김자반")).toBe("내친구김 [김자반] 1봉")
    expect(hl("내친구김 선물세트", "친구")).toBe("내[친구]김 선물세트")
    expect(hl("HACCP 인증 반찬", "haccp")).toBe("[HACCP] 인증 반찬")
  })

  it("marks 초성 matches, typos and stems", () => {
    expect(hl("맛있는 김자반", "ㄱㅈㅂ")).toBe("맛있는 [김자반]")
    expect(hl("맛있는 김자반", "김자밤")).toBe("맛있는 [김자반]")
    expect(hl("맛있는 김자반", "김자반을")).toBe("맛있는 [김자반]")
  })

  it("returns the whole text unmarked when nothing matches, and keeps every character", () => {
    expect(highlight("<b>비누</b>", analyzeQuery("김"))).toEqual([{ text: "<b>비누</b>", match: false }])
    expect(highlight("", analyzeQuery("김"))).toEqual([])
  })
})
