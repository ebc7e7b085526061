// Colour helpers for the seed illustrations. Colours are emitted as #rrggbb (not hsl()) so that
// every SVG renderer, including librsvg/sharp, draws them the same way.

export type Palette = {
  /** page background */
  pale: string
  /** big backdrop circle */
  light: string
  /** main object colour */
  base: string
  /** outlines, lids, handles */
  dark: string
  /** contrasting detail colour */
  accent: string
  /** soft version of the accent */
  accentLight: string
  /** text colour */
  ink: string
  /** the (normalised) hue the palette was made from */
  hue: number
}

export function normaliseHue(hue: number): number {
  if (!Number.isFinite(hue)) return 0
  return ((Math.round(hue) % 360) + 360) % 360
}

/** HSL (h 0-359, s/l 0-100) to #rrggbb. */
export function hsl(h: number, s: number, l: number): string {
  const hue = normaliseHue(h)
  const sat = Math.max(0, Math.min(100, s)) / 100
  const lig = Math.max(0, Math.min(100, l)) / 100
  const k = (n: number) => (n + hue / 30) % 12
  const a = sat * Math.min(lig, 1 - lig)
  const f = (n: number) => lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))
  const hex = (x: number) => Math.round(x * 255).toString(16).padStart(2, "0")
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`
}

export function makePalette(hue: number): Palette {
  const h = normaliseHue(hue)
  const accentHue = (h + 150) % 360
  return {
    pale: hsl(h, 60, 95),
    light: hsl(h, 55, 86),
    base: hsl(h, 52, 58),
    dark: hsl(h, 42, 30),
    accent: hsl(accentHue, 68, 58),
    accentLight: hsl(accentHue, 70, 82),
    ink: hsl(h, 30, 16),
    hue: h,
  }
}

/** Small deterministic PRNG (mulberry32) seeded from a string (FNV-1a). */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  let t = h >>> 0
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let r = Math.imul(t ^ (t >>> 15), 1 | t)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

/** Rounds to one decimal so the markup stays short and stable. */
export const n = (x: number): string => String(Math.round(x * 10) / 10)
