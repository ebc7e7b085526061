// Labelled queries for the search benchmark. Each names the products a shopper means: those of
// one maker with one product word (or all of a maker's products for a maker-name query).

const HANGUL_FIRST = 0xac00

function syllables(word) {
  return [...word]
}

/** The word with one jamo of one syllable changed (a vowel or final one key off), or null. */
function typoOf(word, rand, korean, vocabulary) {
  const chars = syllables(word)
  for (let attempt = 0; attempt < 20; attempt++) {
    const i = Math.floor(rand() * chars.length)
    const code = chars[i].codePointAt(0) - HANGUL_FIRST
    if (code < 0 || code > 11171) continue
    const cho = Math.floor(code / 588)
    const jung = Math.floor((code % 588) / 28)
    const jong = code % 28
    const changeVowel = rand() < 0.6
    const nextJung = changeVowel ? (jung + (rand() < 0.5 ? 1 : 20)) % 21 : jung
    const nextJong = changeVowel ? jong : [4, 16, 8, 1, 21][Math.floor(rand() * 5)] // ㄴ ㅁ ㄹ ㄱ ㅇ
    const typo = [...chars]
    typo[i] = String.fromCodePoint(HANGUL_FIRST + cho * 588 + nextJung * 28 + nextJong)
    const result = typo.join("")
    if (result === word || vocabulary.has(result)) continue
    if (korean.editDistance(korean.toJamo(result), korean.toJamo(word)) !== 1) continue
    return result
  }
  return null
}

function particleFor(word, korean) {
  const last = syllables(word).at(-1)
  const hasFinal = Boolean(korean.decomposeSyllable(last)?.[2])
  return hasFinal ? "을" : "를"
}

export function labelledQueries(docs, makers, korean, perKind = 50, seed = 7) {
  let s = seed
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
  const vocabulary = new Set(docs.map((d) => d._noun))
  const groups = new Map()
  for (const d of docs) {
    const key = `${d._maker_short}|${d._noun}`
    groups.set(key, [...(groups.get(key) ?? []), d.id])
  }
  const keys = [...groups.keys()]
  const sample = () => keys[Math.floor(rand() * keys.length)].split("|")
  const out = []
  const add = (kind, q, relevant) => out.push({ kind, q, relevant })

  for (let i = 0; i < perKind; i++) {
    const [short, noun] = sample()
    add("exact", `${short} ${noun}`, groups.get(`${short}|${noun}`))
  }
  for (let n = 0; n < perKind; ) {
    const [short, noun] = sample()
    if (syllables(noun).length < 3) continue
    add("partial", `${short} ${syllables(noun).slice(1).join("")}`, groups.get(`${short}|${noun}`))
    n++
  }
  for (let n = 0; n < perKind; ) {
    const [short, noun] = sample()
    const typo = syllables(noun).length >= 2 && syllables(noun).length <= 4 ? typoOf(noun, rand, korean, vocabulary) : null
    if (!typo) continue
    add("typo", `${short} ${typo}`, groups.get(`${short}|${noun}`))
    n++
  }
  for (let i = 0; i < perKind; i++) {
    const [short, noun] = sample()
    add("초성", `${korean.toChoseong(short)} ${korean.toChoseong(noun)}`, groups.get(`${short}|${noun}`))
  }
  for (let i = 0; i < perKind; i++) {
    const [short, noun] = sample()
    add("particle", `${short}의 ${noun}${particleFor(noun, korean)}`, groups.get(`${short}|${noun}`))
  }
  for (let i = 0; i < perKind; i++) {
    const maker = makers[Math.floor(rand() * makers.length)]
    add("maker", maker.short, docs.filter((d) => d._maker_short === maker.short).map((d) => d.id))
  }
  return out
}

/** Labelled queries plus broad single words, 초성 fragments, an empty query and filters. */
export function mixedQueries(labelled, makers) {
  const broad = ["김", "세트", "선물세트", "국수", "찌개", "ㄱ", "ㅂㄷ", "수제", "친환경", "텀블러", "쌀", "도시락", "rlawkqks"]
  const out = labelled.map((l) => ({ q: l.q }))
  for (const q of broad) out.push({ q })
  out.push({ q: "" }, { q: "", extra: { sort: "price_asc" } }, { q: "", extra: { page: 5 } })
  out.push({ q: "김", extra: { filters: { category: ["laver-seafood"], maker: [], region: ["경상남도"], brand: [], price_band: ["under-10000", "10000-30000"], certification: [] } } })
  out.push({ q: "", extra: { filters: { category: [], maker: [makers[0].handle, makers[1].handle], region: [], brand: [], price_band: [], certification: [] } } })
  return out
}
