// Flat illustrations of non-food goods (gift boxes, bicycles, craft kits, reusables, services),
// drawn in the same 800x800 space as motifs-food.ts.
import { hsl, type Palette, seededRandom } from "./palette"
import { circle, ellipse, flower, group, leaf, line, path, rect, shadow, sparkle, stroke } from "./shapes"

export function giftBox(p: Palette): string {
  let dots = ""
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 6; col++) {
      const x = 262 + col * 55
      const y = 372 + row * 62
      if (Math.abs(x - 400) > 40) dots += circle(x, y, 7, p.light, { "fill-opacity": 0.7 })
    }
  }
  const knotShade = hsl((p.hue + 150) % 360, 60, 45)
  return (
    shadow(400, 556, 230) +
    rect(235, 322, 330, 220, p.base, { rx: 10 }) +
    dots +
    rect(235, 322, 330, 22, "#000000", { "fill-opacity": 0.12 }) +
    rect(215, 268, 370, 64, p.base, { rx: 10 }) +
    rect(215, 268, 370, 64, "#000000", { rx: 10, "fill-opacity": 0.06 }) +
    rect(381, 268, 38, 274, p.accent) +
    path("M400,266 C352,196 282,222 312,262 C330,288 376,282 400,266 Z", p.accent) +
    path("M400,266 C448,196 518,222 488,262 C470,288 424,282 400,266 Z", p.accent) +
    path("M392,270 L350,332 L372,330 L382,350 L398,276 Z", knotShade) +
    path("M408,270 L450,332 L428,330 L418,350 L402,276 Z", knotShade) +
    circle(400, 268, 20, knotShade) +
    group("translate(520 300) rotate(18)", rect(0, 0, 70, 46, "#ffffff", { rx: 6 }) + circle(14, 23, 6, p.light)) +
    stroke("M526,316 Q500,292 470,300", p.dark, 3, { "stroke-opacity": 0.5 })
  )
}

export function bicycle(p: Palette): string {
  const wheel = (cx: number) => {
    let spokes = ""
    for (let i = 0; i < 12; i++) {
      const a = (Math.PI * 2 * i) / 12
      spokes += line(cx, 430, cx + Math.cos(a) * 92, 430 + Math.sin(a) * 92, p.dark, 2.5, { "stroke-opacity": 0.45 })
    }
    return spokes + circle(cx, 430, 104, "none", { stroke: p.dark, "stroke-width": 15 }) + circle(cx, 430, 12, p.dark)
  }
  return (
    shadow(400, 548, 265) +
    wheel(250) +
    wheel(550) +
    stroke("M250,430 L385,430 L522,305 L340,292 Z M340,292 L385,430 M522,305 L550,430 M522,305 L512,268", p.base, 16) +
    line(340, 292, 336, 268, p.dark, 8) +
    path("M296,264 Q338,248 378,262 L372,276 L302,276 Z", p.dark) +
    stroke("M498,266 L536,250 L574,258", p.dark, 10) +
    rect(548, 224, 86, 58, "none", { rx: 8, stroke: p.accent, "stroke-width": 6 }) +
    line(576, 226, 576, 280, p.accent, 4) +
    line(606, 226, 606, 280, p.accent, 4) +
    circle(385, 430, 24, p.dark) +
    line(385, 430, 410, 468, p.dark, 8) +
    rect(396, 464, 34, 10, p.dark, { rx: 4 })
  )
}

export function craftKit(p: Palette): string {
  return (
    shadow(400, 556, 240) +
    path("M200,330 L240,200 L620,200 L600,330 Z", "#c48f5a") +
    group("rotate(-12 290 260)", rect(245, 215, 92, 92, p.accent, { rx: 6 })) +
    group("rotate(8 370 245)", rect(325, 200, 92, 92, p.base, { rx: 6 })) +
    group("rotate(-4 460 255)", rect(418, 212, 92, 92, p.accentLight, { rx: 6 })) +
    line(520, 150, 560, 330, p.dark, 12) +
    group("rotate(-12.5 526 180)", rect(516, 170, 20, 30, "#c0c6cc")) +
    path("M512,168 Q515,120 524,106 Q534,120 536,163 Z", p.base) +
    group("rotate(14 300 260)", rect(290, 150, 22, 160, hsl(p.hue, 70, 50), { rx: 4 }) + path("M290,150 L301,118 L312,150 Z", "#f2d3a6")) +
    rect(200, 330, 400, 212, "#d9a86c", { rx: 8 }) +
    rect(200, 330, 400, 16, "#000000", { "fill-opacity": 0.08 }) +
    rect(290, 392, 220, 96, "#ffffff", { rx: 10 }) +
    sparkle(338, 440, 26, p.accent) +
    line(378, 424, 480, 424, p.dark, 6, { "stroke-opacity": 0.55 }) +
    line(378, 452, 454, 452, p.dark, 6, { "stroke-opacity": 0.3 })
  )
}

export function sockDoll(p: Palette): string {
  let stripes = ""
  for (const y of [400, 445, 490]) stripes += rect(300, y, 200, 20, p.light)
  return (
    shadow(400, 556, 170) +
    ellipse(330, 212, 38, 54, p.base) +
    ellipse(470, 212, 38, 54, p.base) +
    ellipse(330, 218, 20, 32, p.light) +
    ellipse(470, 218, 20, 32, p.light) +
    ellipse(282, 410, 24, 50, p.base, { transform: "rotate(20 282 410)" }) +
    ellipse(518, 410, 24, 50, p.base, { transform: "rotate(-20 518 410)" }) +
    path("M300,245 Q300,190 400,190 Q500,190 500,245 L500,470 Q500,540 430,540 L370,540 Q300,540 300,470 Z", p.base) +
    stripes +
    circle(360, 300, 17, "#222222") +
    circle(440, 300, 17, "#222222") +
    circle(365, 294, 5, "#ffffff") +
    circle(445, 294, 5, "#ffffff") +
    ellipse(400, 336, 17, 12, p.dark) +
    stroke("M384,358 Q400,374 416,358", p.dark, 4) +
    circle(338, 346, 15, "#f29ca3", { "fill-opacity": 0.7 }) +
    circle(462, 346, 15, "#f29ca3", { "fill-opacity": 0.7 }) +
    path("M470,170 L500,150 L500,190 Z M470,170 L440,150 L440,190 Z", p.accent) +
    circle(470, 170, 9, p.accent)
  )
}

export function cork(p: Palette): string {
  const rnd = seededRandom("cork")
  let discs = ""
  for (let row = -3; row <= 3; row++) {
    for (let col = -3; col <= 3; col++) {
      const x = 370 + col * 58 + (row % 2 === 0 ? 0 : 29)
      const y = 350 + row * 50
      if (Math.hypot(x - 370, y - 350) > 150) continue
      discs += circle(x, y, 27, "#dcb07a", { stroke: "#b07f48", "stroke-width": 3 })
      for (let i = 0; i < 3; i++) discs += circle(x - 14 + rnd() * 28, y - 14 + rnd() * 28, 2.5, "#9c6b3a")
    }
  }
  const stopper = (x: number, y: number, angle: number) =>
    group(`rotate(${angle} ${x + 30} ${y + 65})`, rect(x, y, 60, 130, "#d9ae78", { rx: 10 }) + ellipse(x + 30, y + 4, 30, 10, "#e8c594") + line(x + 14, y + 40, x + 14, y + 110, "#b07f48", 3, { "stroke-opacity": 0.5 }))
  return (
    shadow(420, 556, 240) +
    circle(370, 350, 192, "#8a5a2b") +
    circle(370, 350, 178, "#c99a63") +
    discs +
    stopper(560, 380, 0) +
    stopper(620, 400, 14) +
    circle(300, 250, 12, p.base) +
    circle(450, 300, 12, p.accent) +
    circle(360, 440, 12, p.base)
  )
}

export function napkinArt(p: Palette): string {
  return (
    shadow(400, 556, 250) +
    rect(175, 195, 450, 340, "#c8925a", { rx: 28 }) +
    rect(200, 222, 400, 286, "#f8f0e3", { rx: 16 }) +
    rect(190, 340, 10, 50, "#8a5a2b", { rx: 5 }) +
    rect(600, 340, 10, 50, "#8a5a2b", { rx: 5 }) +
    group("translate(270 420) rotate(-40)", leaf("#6aa84f")) +
    group("translate(470 300) rotate(20)", leaf("#79b34f")) +
    group("translate(420 440) rotate(-150) scale(0.8)", leaf("#6aa84f")) +
    flower(300, 300, 58, p.base) +
    flower(480, 400, 52, p.accent) +
    flower(380, 420, 34, p.accentLight) +
    flower(520, 270, 30, p.base) +
    line(520, 585, 660, 430, p.dark, 14) +
    group("rotate(-48 662 428)", rect(648, 408, 28, 34, "#c0c6cc")) +
    path("M670,412 Q700,380 716,376 Q708,398 684,430 Z", p.base)
  )
}

export function container(p: Palette): string {
  const box = (x: number, y: number, w: number, h: number) =>
    rect(x, y, w, h, "#cfd8de", { rx: 14, stroke: "#a9b6bf", "stroke-width": 4 }) +
    rect(x + 18, y + 14, 16, h - 28, "#ffffff", { rx: 8, "fill-opacity": 0.55 }) +
    rect(x - 8, y - 26, w + 16, 30, p.base, { rx: 10 }) +
    rect(x + 10, y - 20, 26, 38, p.dark, { rx: 6 }) +
    rect(x + w - 36, y - 20, 26, 38, p.dark, { rx: 6 })
  return shadow(400, 556, 240) + box(200, 420, 400, 112) + box(245, 312, 310, 86) + box(290, 216, 220, 72)
}

export function tumbler(p: Palette): string {
  return (
    shadow(430, 556, 200) +
    rect(358, 166, 84, 20, p.dark, { rx: 8 }) +
    rect(310, 180, 180, 58, p.dark, { rx: 16 }) +
    path("M320,236 L336,520 Q338,542 360,542 L440,542 Q462,542 464,520 L480,236 Z", p.base) +
    path("M326,336 L474,336 L471,392 L329,392 Z", p.light) +
    group("translate(372 364) scale(0.62)", leaf(p.base, p.light)) +
    rect(344, 252, 14, 250, "#ffffff", { rx: 7, "fill-opacity": 0.35 }) +
    path("M520,400 L532,532 L600,532 L612,400 Z", p.accentLight, { stroke: p.accent, "stroke-width": 5 }) +
    ellipse(566, 398, 50, 12, p.accent) +
    rect(552, 378, 28, 14, p.accent, { rx: 4 })
  )
}

export function cleaning(p: Palette): string {
  let mist = ""
  for (const [x, y, r] of [[530, 200, 7], [556, 186, 5], [560, 214, 6], [590, 198, 4], [584, 228, 5], [612, 212, 4]]) {
    mist += circle(x, y, r, p.accent, { "fill-opacity": 0.7 })
  }
  const bubble = (x: number, y: number, r: number) =>
    circle(x, y, r, "#ffffff", { "fill-opacity": 0.75, stroke: p.base, "stroke-width": 3 }) + circle(x - r * 0.35, y - r * 0.35, r * 0.18, "#ffffff")
  return (
    shadow(420, 556, 230) +
    path("M300,300 L288,520 Q288,542 310,542 L440,542 Q462,542 462,520 L450,300 Z", p.base) +
    rect(330, 258, 90, 48, p.dark, { rx: 8 }) +
    path("M318,196 L470,196 L482,238 L420,250 L420,264 L330,264 Z", p.dark) +
    rect(470, 202, 34, 24, p.dark, { rx: 4 }) +
    stroke("M404,254 Q392,296 418,304", p.dark, 10) +
    rect(318, 372, 114, 104, "#ffffff", { rx: 12, "fill-opacity": 0.92 }) +
    circle(360, 420, 18, p.accentLight) +
    circle(388, 438, 12, p.accentLight) +
    mist +
    bubble(545, 390, 40) +
    bubble(600, 320, 24) +
    bubble(230, 430, 20) +
    rect(480, 470, 136, 72, "#f6d04d", { rx: 14 }) +
    rect(480, 470, 136, 24, "#5fae5b", { rx: 10 }) +
    sparkle(250, 300, 22, p.accent) +
    sparkle(620, 460, 16, p.accent)
  )
}

export function book(p: Palette): string {
  let lines = ""
  for (let i = 0; i < 6; i++) {
    const y = 300 + i * 34
    lines += stroke(`M212,${y} Q300,${y - 16} 380,${y + 4}`, "#d6cfc2", 5)
    lines += stroke(`M420,${y + 4} Q500,${y - 16} 588,${y}`, "#d6cfc2", 5)
  }
  return (
    shadow(400, 560, 250) +
    path("M168,252 L400,284 L632,252 L632,514 L400,546 L168,514 Z", p.dark) +
    path("M186,240 Q300,216 400,262 L400,522 Q300,480 186,502 Z", "#ffffff") +
    path("M614,240 Q500,216 400,262 L400,522 Q500,480 614,502 Z", "#fbf8f2") +
    lines +
    line(400, 264, 400, 520, "#000000", 6, { "stroke-opacity": 0.12 }) +
    path("M470,246 L470,548 L488,532 L506,548 L506,240 Z", p.accent) +
    rect(610, 452, 92, 96, p.accentLight, { rx: 12 }) +
    stroke("M702,474 C736,474 736,524 702,524", p.accentLight, 12) +
    stroke("M640,430 q-10,-18 0,-36 M672,430 q-10,-18 0,-36", p.dark, 5, { "stroke-opacity": 0.25 })
  )
}

export function soap(p: Palette): string {
  const bubble = (x: number, y: number, r: number) =>
    circle(x, y, r, "#ffffff", { "fill-opacity": 0.7, stroke: p.base, "stroke-width": 3 }) + circle(x - r * 0.35, y - r * 0.35, r * 0.2, "#ffffff")
  return (
    shadow(400, 560, 240) +
    rect(300, 292, 284, 124, p.light, { rx: 42, stroke: p.base, "stroke-width": 6 }) +
    rect(342, 324, 200, 60, "none", { rx: 24, stroke: p.base, "stroke-width": 4, "stroke-opacity": 0.6 }) +
    rect(196, 398, 304, 134, p.base, { rx: 46 }) +
    rect(196, 398, 304, 26, "#ffffff", { rx: 13, "fill-opacity": 0.2 }) +
    group(`translate(304 465) scale(0.95) rotate(-15)`, leaf("#ffffff", p.base)) +
    bubble(250, 330, 34) +
    bubble(205, 385, 18) +
    bubble(600, 460, 28) +
    bubble(560, 250, 20) +
    group("translate(540 540) rotate(-35)", leaf("#5d9b3c")) +
    group("translate(560 548) rotate(-75) scale(0.7)", leaf("#79b34f"))
  )
}

