// Tiny SVG element builders shared by the motif drawings. Every builder returns markup with
// numeric attributes rounded by n(), so output is short and deterministic.
import { n } from "./palette"

type Extra = Record<string, string | number | undefined>

function attrs(extra: Extra = {}): string {
  return Object.entries(extra)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? n(v) : v}"`)
    .join("")
}

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra: Extra = {}): string =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${attrs(extra)}/>`

export const circle = (cx: number, cy: number, r: number, fill: string, extra: Extra = {}): string =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${attrs(extra)}/>`

export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra: Extra = {}): string =>
  `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${attrs(extra)}/>`

export const path = (d: string, fill: string, extra: Extra = {}): string => `<path d="${d}" fill="${fill}"${attrs(extra)}/>`

/** A stroked, unfilled path with round caps. */
export const stroke = (d: string, color: string, width: number, extra: Extra = {}): string =>
  path(d, "none", { stroke: color, "stroke-width": width, "stroke-linecap": "round", "stroke-linejoin": "round", ...extra })

export const line = (x1: number, y1: number, x2: number, y2: number, color: string, width: number, extra: Extra = {}): string =>
  `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${color}" stroke-width="${n(width)}" stroke-linecap="round"${attrs(extra)}/>`

export const group = (transform: string, children: string): string => `<g transform="${transform}">${children}</g>`

/** Soft floor shadow under an object. */
export const shadow = (cx: number, cy: number, rx: number): string => ellipse(cx, cy, rx, rx * 0.11, "#000000", { "fill-opacity": 0.08 })

/** A leaf pointing right from (0,0), length 90; place it with group(). */
export const leaf = (fill: string, vein = "#ffffff"): string =>
  path("M0,0 C20,-38 68,-38 90,0 C68,38 20,38 0,0 Z", fill) + stroke("M8,0 L80,0", vein, 3, { "stroke-opacity": 0.5 })

/** Five-petal flower centred at (cx, cy). */
export function flower(cx: number, cy: number, r: number, petal: string, heart = "#f6c945"): string {
  let out = ""
  for (let i = 0; i < 5; i++) {
    const a = (Math.PI * 2 * i) / 5 - Math.PI / 2
    out += circle(cx + Math.cos(a) * r * 0.62, cy + Math.sin(a) * r * 0.62, r * 0.48, petal)
  }
  return out + circle(cx, cy, r * 0.34, heart)
}

/** Four-point sparkle centred at (cx, cy). */
export const sparkle = (cx: number, cy: number, r: number, fill: string): string =>
  path(
    `M${n(cx)},${n(cy - r)} Q${n(cx + r * 0.18)},${n(cy - r * 0.18)} ${n(cx + r)},${n(cy)} Q${n(cx + r * 0.18)},${n(cy + r * 0.18)} ${n(cx)},${n(cy + r)} Q${n(cx - r * 0.18)},${n(cy + r * 0.18)} ${n(cx - r)},${n(cy)} Q${n(cx - r * 0.18)},${n(cy - r * 0.18)} ${n(cx)},${n(cy - r)} Z`,
    fill
  )
