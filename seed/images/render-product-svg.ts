// Self-contained SVG illustrations for seed products and makers. No external references, no
// fetched fonts (the font stack falls back to whatever Korean font the viewer has), no randomness
// beyond a PRNG seeded from the input: the same input always yields the same bytes.
import type { ImageMotif } from "../types"
import { MOTIFS } from "./motifs"
import { makePalette, n, type Palette, seededRandom } from "./palette"
import { circle, rect } from "./shapes"

export const FONT_FAMILY = "Pretendard, 'Noto Sans KR', 'Apple SD Gothic Neo', sans-serif"
export const SIZE = 800

const TITLE_MAX_WIDTH = 660
const MAKER_MAX_WIDTH = 620

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "") // not allowed in XML 1.0
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK, Hangul compatibility jamo, kana
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  )
}

/** Rough advance width of a string at a font size, good enough to wrap titles. */
export function estimateWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (isWide(code)) em += 0.95
    else if (ch === " ") em += 0.3
    else if (/[A-Z0-9]/.test(ch)) em += 0.64
    else if (/[a-z]/.test(ch)) em += 0.54
    else if ("·.,:;'!|()[]".includes(ch)) em += 0.34
    else em += 0.62
  }
  return em * fontSize
}

function truncate(text: string, fontSize: number, maxWidth: number): string {
  if (estimateWidth(text, fontSize) <= maxWidth) return text
  const chars = Array.from(text)
  while (chars.length > 0 && estimateWidth(chars.join("").trimEnd() + "…", fontSize) > maxWidth) chars.pop()
  return chars.join("").trimEnd() + "…"
}

export type TitleLayout = { fontSize: number; lines: string[] }

/** One line if it fits, otherwise the most balanced two-line split (at spaces when possible). */
export function layoutTitle(title: string, maxWidth = TITLE_MAX_WIDTH): TitleLayout {
  const clean = title.replace(/\s+/g, " ").trim()
  if (estimateWidth(clean, 46) <= maxWidth) return { fontSize: 46, lines: [clean] }

  const words = clean.split(" ")
  const chars = Array.from(clean)
  const candidates: [string, string][] = []
  for (let i = 1; i < words.length; i++) candidates.push([words.slice(0, i).join(" "), words.slice(i).join(" ")])
  const charCandidates: [string, string][] = []
  for (let i = 1; i < chars.length; i++) charCandidates.push([chars.slice(0, i).join("").trim(), chars.slice(i).join("").trim()])

  for (const fontSize of [40, 34]) {
    for (const pool of [candidates, charCandidates]) {
      let best: [string, string] | undefined
      let bestWidth = Infinity
      for (const pair of pool) {
        const w = Math.max(estimateWidth(pair[0], fontSize), estimateWidth(pair[1], fontSize))
        if (w <= maxWidth && w < bestWidth) {
          best = pair
          bestWidth = w
        }
      }
      if (best) return { fontSize, lines: best }
    }
  }
  // Too long even for two small lines: fill the first line, cut the second.
  const first: string[] = []
  for (const ch of chars) {
    if (estimateWidth(first.join("") + ch, 34) > maxWidth) break
    first.push(ch)
  }
  const rest = chars.slice(first.length).join("").trim()
  return { fontSize: 34, lines: [first.join("").trim(), truncate(rest, 34, maxWidth)] }
}

function text(x: number, y: number, size: number, fill: string, content: string, weight = 700): string {
  return (
    `<text x="${n(x)}" y="${n(y)}" text-anchor="middle" font-family="${FONT_FAMILY}" ` +
    `font-size="${n(size)}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`
  )
}

/** Soft dots and rounded squares around the backdrop circle, placed from a seeded PRNG. */
function confetti(p: Palette, seed: string): string {
  const rnd = seededRandom(seed)
  const colors = [p.light, p.accentLight, p.base]
  let out = ""
  let placed = 0
  for (let tries = 0; tries < 200 && placed < 10; tries++) {
    const x = 30 + rnd() * 740
    const y = 30 + rnd() * 550
    const r = 8 + rnd() * 16
    const color = colors[Math.floor(rnd() * colors.length)]
    const square = rnd() < 0.4
    if (Math.hypot(x - 400, y - 350) < 290 + r) continue
    out += square
      ? rect(x - r, y - r, r * 2, r * 2, color, { rx: r * 0.4, "fill-opacity": 0.6, transform: `rotate(${n(rnd() * 90)} ${n(x)} ${n(y)})` })
      : circle(x, y, r, color, { "fill-opacity": 0.6 })
    placed++
  }
  return out
}

export type ProductImageInput = {
  title: string
  image: { motif: ImageMotif; hue: number }
  makerName?: string
}

/** An 800x800 flat illustration of a product with its title (and maker) on a card at the bottom. */
export function renderProductSvg(p: ProductImageInput): string {
  const palette = makePalette(p.image.hue)
  const draw = MOTIFS[p.image.motif] ?? MOTIFS["gift-box"]
  const title = layoutTitle(p.title)
  const maker = p.makerName?.trim() ? truncate(p.makerName.trim(), 26, MAKER_MAX_WIDTH) : undefined

  let card = rect(40, 604, 720, 168, "#ffffff", { rx: 28 })
  if (maker) {
    card += text(400, 650, 26, palette.dark, maker, 500)
    card += title.lines.length === 1
      ? text(400, 720, title.fontSize, palette.ink, title.lines[0])
      : text(400, 702, title.fontSize, palette.ink, title.lines[0]) + text(400, 748, title.fontSize, palette.ink, title.lines[1])
  } else {
    card += title.lines.length === 1
      ? text(400, 704, title.fontSize, palette.ink, title.lines[0])
      : text(400, 678, title.fontSize, palette.ink, title.lines[0]) + text(400, 728, title.fontSize, palette.ink, title.lines[1])
  }

  const label = escapeXml(p.title)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${label}">` +
    `<title>${label}</title>` +
    rect(0, 0, SIZE, SIZE, palette.pale) +
    confetti(palette, `${p.title}|${p.image.motif}|${palette.hue}`) +
    circle(400, 350, 270, palette.light) +
    `<g>${draw(palette)}</g>` +
    card +
    `</svg>`
  )
}

const LEGAL_PREFIX = /^(\(유\)|\(주\)|\(사\)|㈜|주식회사\s+|유한회사\s+|사회적협동조합\s+|협동조합\s+)/

/** The syllable shown on a maker's badge: the first letter after legal-form prefixes and punctuation. */
export function badgeSyllable(name: string): string {
  let rest = name.trim()
  for (let i = 0; i < 4 && LEGAL_PREFIX.test(rest); i++) rest = rest.replace(LEGAL_PREFIX, "").trim()
  const first = Array.from(rest).find((ch) => /[\p{L}\p{N}]/u.test(ch))
  return first ? first.toUpperCase() : "자"
}

/** A 240x240 round badge with the maker's first syllable, for maker pages and lists. */
export function renderMakerLogoSvg(name: string, hue: number): string {
  const palette = makePalette(hue)
  const label = escapeXml(name)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240" role="img" aria-label="${label}">` +
    `<title>${label}</title>` +
    circle(120, 120, 116, palette.base) +
    circle(120, 120, 100, "none", { stroke: "#ffffff", "stroke-opacity": 0.55, "stroke-width": 4 }) +
    `<text x="120" y="158" text-anchor="middle" font-family="${FONT_FAMILY}" font-size="108" font-weight="700" fill="#ffffff">${escapeXml(badgeSyllable(name))}</text>` +
    `</svg>`
  )
}
