// Flat food illustrations, drawn in an 800x800 space around (400, 350), above the title card
// (which starts at y = 610). Texture positions use a PRNG with a fixed seed per motif, so every
// drawing is deterministic.
import { hsl, n, type Palette, seededRandom } from "./palette"
import { circle, ellipse, group, leaf, line, path, rect, shadow, stroke } from "./shapes"

/** Random points inside an ellipse, from a fixed seed. */
function scatter(seed: string, count: number, cx: number, cy: number, rx: number, ry: number): [number, number, number][] {
  const rnd = seededRandom(seed)
  const out: [number, number, number][] = []
  while (out.length < count) {
    const x = rnd() * 2 - 1
    const y = rnd() * 2 - 1
    if (x * x + y * y <= 1) out.push([cx + x * rx, cy + y * ry, rnd()])
  }
  return out
}

const LAVER = ["#1b2a21", "#213326", "#28402e"]

export function laver(p: Palette): string {
  const sheet = (angle: number, fill: string) =>
    group(`rotate(${angle} 400 350)`, rect(225, 175, 350, 350, fill, { rx: 12 }))
  let texture = ""
  for (const y of [215, 265, 450, 495]) {
    texture += stroke(`M250,${y} q40,-12 80,0 t80,0 t80,0 t60,0`, "#3f6147", 3, { "stroke-opacity": 0.7 })
  }
  return (
    shadow(400, 548, 230) +
    sheet(-9, LAVER[0]) +
    sheet(5, LAVER[1]) +
    rect(225, 175, 350, 350, LAVER[2], { rx: 12 }) +
    texture +
    path("M245,190 L345,190 L245,290 Z", "#ffffff", { "fill-opacity": 0.06 }) +
    rect(225, 318, 350, 88, p.base) +
    rect(243, 332, 314, 60, "none", { rx: 8, stroke: p.pale, "stroke-width": 3 }) +
    circle(400, 362, 22, p.accent) +
    line(300, 362, 360, 362, p.pale, 4) +
    line(440, 362, 500, 362, p.pale, 4)
  )
}

export function laverFlakes(p: Palette): string {
  let flakes = ""
  for (const [x, y, r] of scatter("laver-flakes", 46, 400, 328, 170, 36)) {
    const s = 8 + r * 10
    flakes += group(
      `translate(${n(x)} ${n(y)}) rotate(${n(r * 180)})`,
      path(`M${n(-s)},0 L0,${n(-s * 0.6)} L${n(s)},${n(s * 0.2)} L${n(s * 0.2)},${n(s * 0.7)} Z`, r > 0.5 ? "#2f4a33" : "#3c5c3f")
    )
  }
  let sesame = ""
  for (const [x, y, r] of scatter("sesame", 18, 400, 328, 160, 32)) {
    sesame += ellipse(x, y, 5, 3, "#f3e7c9", { transform: `rotate(${n(r * 180)} ${n(x)} ${n(y)})` })
  }
  return (
    shadow(400, 548, 210) +
    path("M190,330 C195,470 290,540 400,540 C510,540 605,470 610,330 Z", p.base) +
    stroke("M205,405 C270,450 530,450 595,405", p.light, 10, { "stroke-opacity": 0.8 }) +
    ellipse(400, 330, 210, 58, p.dark) +
    ellipse(400, 330, 192, 46, "#1f2d22") +
    flakes +
    sesame +
    group("rotate(-28 560 250)", rect(548, 120, 24, 170, "#c79a5b", { rx: 12 }) + ellipse(560, 290, 34, 46, "#d9ae6f"))
  )
}

export function sandwich(p: Palette): string {
  return (
    shadow(400, 556, 230) +
    ellipse(400, 530, 235, 32, "#ffffff", { stroke: p.light, "stroke-width": 6 }) +
    rect(225, 468, 350, 56, "#f5d9a0", { rx: 20, stroke: "#d9a55b", "stroke-width": 6 }) +
    path("M212,470 q18,-24 36,0 t36,0 t36,0 t36,0 t36,0 t36,0 t36,0 t36,0 t36,0 t36,0 L588,478 L212,478 Z", "#7cc36a") +
    rect(232, 425, 336, 30, "#e5533d", { rx: 15 }) +
    path("M222,398 H578 V426 H520 L505,446 L490,426 H320 L302,450 L286,426 H222 Z", "#f6c945") +
    rect(230, 368, 340, 32, "#f0a0a0", { rx: 16 }) +
    path("M225,372 V300 Q225,262 262,262 Q300,236 340,256 Q400,226 460,256 Q500,236 538,262 Q575,262 575,300 V372 Z", "#f5d9a0", { stroke: "#d9a55b", "stroke-width": 6 }) +
    line(400, 252, 400, 180, p.dark, 5) +
    path("M400,180 L458,198 L400,216 Z", p.accent)
  )
}

export function drink(p: Palette): string {
  const liquid = hsl(p.hue, 80, 60)
  const fruit = hsl(p.hue, 85, 76)
  const rind = hsl(p.hue, 75, 48)
  let segments = ""
  for (let i = 0; i < 8; i++) {
    const a = (Math.PI * 2 * i) / 8
    segments += line(585, 470, 585 + Math.cos(a) * 50, 470 + Math.sin(a) * 50, rind, 4)
  }
  return (
    shadow(420, 552, 210) +
    rect(300, 180, 200, 58, p.dark, { rx: 12 }) +
    line(318, 200, 482, 200, "#ffffff", 3, { "stroke-opacity": 0.25 }) +
    line(318, 218, 482, 218, "#ffffff", 3, { "stroke-opacity": 0.25 }) +
    rect(315, 234, 170, 22, "#e3eef0") +
    rect(270, 250, 260, 290, "#eef6f7", { rx: 44, stroke: "#c5d6da", "stroke-width": 6 }) +
    rect(283, 318, 234, 209, liquid, { rx: 34 }) +
    circle(330, 470, 28, fruit, { stroke: rind, "stroke-width": 5 }) +
    circle(455, 490, 24, fruit, { stroke: rind, "stroke-width": 5 }) +
    rect(320, 362, 160, 88, "#ffffff", { rx: 12 }) +
    circle(356, 406, 18, p.accent) +
    line(386, 394, 456, 394, p.dark, 5, { "stroke-opacity": 0.6 }) +
    line(386, 418, 440, 418, p.dark, 5, { "stroke-opacity": 0.35 }) +
    rect(292, 276, 16, 220, "#ffffff", { rx: 8, "fill-opacity": 0.55 }) +
    circle(585, 470, 64, rind) +
    circle(585, 470, 54, fruit) +
    segments +
    circle(585, 470, 8, rind)
  )
}

export function sideDish(p: Palette): string {
  const dish = (cx: number, cy: number, inner: string) =>
    circle(cx, cy, 92, "#ffffff") + circle(cx, cy, 74, "#f4f1ea") + inner
  let kimchi = ""
  for (const [x, y, r] of scatter("kimchi", 9, 280, 300, 48, 44)) {
    kimchi += ellipse(x, y, 26, 14, r > 0.5 ? "#d9442b" : "#e8674a", { transform: `rotate(${n(r * 180)} ${n(x)} ${n(y)})` })
  }
  let namul = ""
  for (const [x, y, r] of scatter("namul", 9, 520, 300, 44, 40)) {
    namul += stroke(`M${n(x - 24)},${n(y)} q12,${n(-18 + r * 10)} 24,0 t24,0`, r > 0.4 ? "#5f9e3f" : "#7dbb55", 7)
  }
  let jorim = ""
  for (const [x, y] of scatter("jorim", 7, 400, 438, 44, 40)) jorim += circle(x, y, 16, "#8a5a2b")
  return (
    shadow(400, 552, 250) +
    rect(160, 190, 480, 345, p.base, { rx: 36 }) +
    rect(178, 208, 444, 309, "none", { rx: 26, stroke: p.light, "stroke-width": 4 }) +
    dish(280, 300, kimchi) +
    dish(520, 300, namul) +
    dish(400, 438, jorim + ellipse(372, 420, 20, 15, "#fffaf0") + ellipse(430, 452, 20, 15, "#fffaf0"))
  )
}

export function lunchBox(p: Palette): string {
  let sesame = ""
  for (const [x, y, r] of scatter("rice", 16, 310, 350, 90, 120)) {
    sesame += ellipse(x, y, 4, 2.5, "#2b2b2b", { transform: `rotate(${n(r * 180)} ${n(x)} ${n(y)})` })
  }
  let meat = ""
  for (const [x, y, r] of scatter("meat", 8, 517, 276, 60, 42)) {
    meat += ellipse(x, y, 26, 13, r > 0.5 ? "#b5442c" : "#9c3822", { transform: `rotate(${n(r * 120 - 60)} ${n(x)} ${n(y)})` })
  }
  return (
    shadow(400, 556, 240) +
    rect(170, 180, 460, 345, p.dark, { rx: 28 }) +
    rect(186, 196, 428, 313, p.light, { rx: 18 }) +
    rect(200, 210, 220, 285, "#ffffff", { rx: 14 }) +
    sesame +
    circle(310, 350, 20, "#d94b5b") +
    rect(434, 210, 166, 132, "#ffffff", { rx: 14 }) +
    meat +
    rect(434, 356, 166, 139, "#ffffff", { rx: 14 }) +
    rect(450, 372, 64, 44, "#f6c945", { rx: 8 }) +
    rect(450, 426, 64, 44, "#f6c945", { rx: 8 }) +
    stroke("M460,394 q12,-10 24,0 t24,0 M460,448 q12,-10 24,0 t24,0", "#e0a92e", 4) +
    circle(556, 400, 22, "#4f8f3a") +
    circle(540, 440, 20, "#5fa046") +
    circle(572, 450, 18, "#4f8f3a") +
    line(240, 560, 600, 540, "#a8743f", 10) +
    line(240, 578, 600, 556, "#a8743f", 10)
  )
}

export function bibimbap(p: Palette): string {
  const toppings = ["#4f8f3a", "#f08a2c", "#f3e6a1", "#8a5a3b", hsl(p.hue, 60, 40), "#c9302c"]
  let items = ""
  toppings.forEach((color, i) => {
    const a = (Math.PI * 2 * i) / toppings.length - Math.PI / 2
    const x = 400 + Math.cos(a) * 122
    const y = 330 + Math.sin(a) * 36
    items += ellipse(x, y, 54, 22, color, { transform: `rotate(${n((a * 180) / Math.PI / 6)} ${n(x)} ${n(y)})` })
  })
  return (
    shadow(400, 556, 250) +
    ellipse(400, 505, 255, 50, "#b9834a") +
    ellipse(400, 498, 240, 42, "#c9955a") +
    path("M180,330 C185,460 280,510 400,510 C520,510 615,460 620,330 Z", "#3b3735") +
    stroke("M200,400 C260,440 540,440 600,400", p.base, 8, { "stroke-opacity": 0.7 }) +
    ellipse(400, 330, 220, 70, "#4a4542") +
    ellipse(400, 330, 200, 60, "#fbf7ee") +
    items +
    ellipse(400, 330, 54, 30, "#ffffff") +
    circle(405, 328, 18, "#f6b21c") +
    group("translate(560 260) rotate(-30)", rect(0, -8, 150, 16, "#c79a5b", { rx: 8 }))
  )
}

export function stew(p: Palette): string {
  const soup = hsl(p.hue, 68, 46)
  let items = ""
  for (const [x, y, r] of scatter("stew", 10, 400, 322, 140, 24)) {
    if (r < 0.35) items += rect(x - 16, y - 12, 32, 24, "#fffaf0", { rx: 4, transform: `rotate(${n(r * 90)} ${n(x)} ${n(y)})` })
    else if (r < 0.7) items += circle(x, y, 9, "none", { stroke: "#6aa84f", "stroke-width": 5 })
    else items += ellipse(x, y, 16, 9, "#d98a7a")
  }
  const steam = (x: number) => stroke(`M${x},265 q-18,-25 0,-50 t0,-50`, p.dark, 7, { "stroke-opacity": 0.22 })
  return (
    shadow(400, 556, 235) +
    steam(340) +
    steam(400) +
    steam(460) +
    rect(168, 330, 64, 26, "#c99a2e", { rx: 13 }) +
    rect(568, 330, 64, 26, "#c99a2e", { rx: 13 }) +
    path("M210,320 L226,500 Q230,528 262,528 L538,528 Q570,528 574,500 L590,320 Z", "#e8b84a") +
    rect(216, 372, 368, 10, "#d4a036") +
    ellipse(400, 320, 195, 46, "#d4a036") +
    ellipse(400, 322, 178, 37, soup) +
    items
  )
}

export function noodle(p: Palette): string {
  const broth = hsl(p.hue, 60, 80)
  let noodles = ""
  for (let i = 0; i < 6; i++) {
    const y = 318 + i * 8
    noodles += stroke(`M${250 + i * 6},${y} q25,-14 50,0 t50,0 t50,0 t50,0 t50,0 t40,0`, "#f4e3b2", 6)
  }
  let hanging = ""
  for (let i = 0; i < 4; i++) {
    const x = 420 + i * 9
    hanging += stroke(`M${x},300 q-8,12 0,24 t0,24 t0,18`, "#f4e3b2", 6)
  }
  return (
    shadow(400, 558, 230) +
    path("M180,340 C190,470 290,530 400,530 C510,530 610,470 620,340 Z", p.base) +
    stroke("M205,420 C270,462 530,462 595,420", p.light, 9, { "stroke-opacity": 0.8 }) +
    ellipse(400, 340, 220, 62, "#ffffff") +
    ellipse(400, 342, 200, 50, broth) +
    noodles +
    ellipse(300, 335, 34, 22, "#fffaf0") +
    circle(300, 335, 12, "#f6b21c") +
    rect(470, 320, 60, 14, "#6aa84f", { rx: 7, transform: "rotate(-15 500 327)" }) +
    rect(480, 345, 56, 14, "#7dbb55", { rx: 7, transform: "rotate(10 508 352)" }) +
    ellipse(370, 365, 38, 14, "#b5442c", { "fill-opacity": 0.9 }) +
    hanging +
    line(555, 120, 415, 305, "#8a5a2b", 10) +
    line(590, 130, 450, 306, "#8a5a2b", 10)
  )
}

export function riceBag(p: Palette): string {
  let spill = ""
  for (const [x, y, r] of scatter("spill", 14, 590, 530, 60, 14)) {
    spill += ellipse(x, y, 7, 4, "#ffffff", { stroke: "#e3d6b5", "stroke-width": 1.5, transform: `rotate(${n(r * 180)} ${n(x)} ${n(y)})` })
  }
  let icon = ""
  for (let i = 0; i < 5; i++) {
    const a = -Math.PI / 2 + (i - 2) * 0.45
    const x = 400 + Math.cos(a) * 34
    const y = 418 + Math.sin(a) * 34
    icon += ellipse(x, y, 10, 17, "#ffffff", { transform: `rotate(${n((a * 180) / Math.PI + 90)} ${n(x)} ${n(y)})` })
  }
  return (
    shadow(400, 556, 210) +
    path("M300,275 L276,198 Q400,176 524,198 L500,275 Z", "#efe1c1", { stroke: "#cdb88d", "stroke-width": 6 }) +
    path("M270,270 C228,330 218,480 250,532 L550,532 C582,480 572,330 530,270 Z", "#efe1c1", { stroke: "#cdb88d", "stroke-width": 6 }) +
    rect(288, 260, 224, 24, p.dark, { rx: 12 }) +
    circle(400, 410, 84, p.base) +
    circle(400, 410, 70, "none", { stroke: p.pale, "stroke-width": 4 }) +
    icon +
    line(400, 424, 400, 462, "#ffffff", 6) +
    spill
  )
}

export function grain(p: Palette): string {
  const colors = [hsl(p.hue, 45, 62), "#6b4a2e", "#f3ead2", "#c8893e", hsl(p.hue, 35, 45)]
  let grains = ""
  const rnd = seededRandom("grain-pile")
  let placed = 0
  while (placed < 90) {
    const x = 215 + rnd() * 370
    const y = 250 + rnd() * 135
    // inside the mound: below the curve y = 380 - 125 * (1 - ((x - 400) / 185)^2)
    const t = (x - 400) / 185
    if (y < 380 - 125 * (1 - t * t) + 6) continue
    const c = colors[Math.floor(rnd() * colors.length)]
    grains += ellipse(x, y, 8, 5, c, { transform: `rotate(${n(rnd() * 180)} ${n(x)} ${n(y)})` })
    placed++
  }
  let floor = ""
  for (const [x, y, r] of scatter("grain-floor", 10, 400, 560, 230, 10)) {
    floor += ellipse(x, y, 7, 4, colors[Math.floor(r * colors.length)])
  }
  return (
    shadow(400, 556, 235) +
    path("M215,380 C240,255 560,255 585,380 Z", hsl(p.hue, 40, 72)) +
    grains +
    path("M190,380 C200,492 290,536 400,536 C510,536 600,492 610,380 Z", "#b9834a") +
    ellipse(400, 380, 210, 40, "#a06d38", { "fill-opacity": 0.35 }) +
    stroke("M215,430 C280,470 520,470 585,430", "#a06d38", 6) +
    floor
  )
}

export function bread(p: Palette): string {
  let chips = ""
  for (const [x, y] of scatter("chips", 7, 560, 470, 42, 42)) chips += ellipse(x, y, 7, 5, "#5b3a21")
  for (const [x, y] of scatter("chips2", 5, 455, 515, 30, 30)) chips += ellipse(x, y, 6, 4, "#5b3a21")
  return (
    shadow(400, 558, 240) +
    path(
      "M200,500 L200,330 Q200,240 300,240 Q340,195 390,220 Q440,195 480,240 Q560,240 560,330 L560,500 Q560,520 540,520 L220,520 Q200,520 200,500 Z",
      "#d9984a"
    ) +
    stroke("M260,300 q20,-30 40,0 M340,285 q20,-30 40,0 M420,290 q20,-30 40,0", "#b8772f", 7) +
    rect(200, 440, 360, 14, "#c27f35", { "fill-opacity": 0.5 }) +
    circle(560, 470, 62, "#e0a65c") +
    circle(560, 470, 62, "none", { stroke: "#c98a3f", "stroke-width": 5 }) +
    circle(455, 515, 46, "#e8b56c") +
    chips +
    group("translate(230 545) rotate(-8)", rect(0, 0, 110, 20, p.base, { rx: 10 }))
  )
}

export function tea(p: Palette): string {
  const liquor = hsl(p.hue, 55, 52)
  const steam = (x: number) => stroke(`M${x},300 q-16,-25 0,-50 t0,-50`, p.dark, 6, { "stroke-opacity": 0.22 })
  return (
    shadow(400, 552, 230) +
    steam(360) +
    steam(410) +
    steam(460) +
    ellipse(400, 505, 215, 42, "#ffffff", { stroke: p.light, "stroke-width": 6 }) +
    stroke("M545,372 C618,360 622,458 536,446", "#ffffff", 20) +
    stroke("M545,372 C618,360 622,458 536,446", p.light, 4, { "stroke-opacity": 0.8 }) +
    path("M250,340 C256,452 320,502 400,502 C480,502 544,452 550,340 Z", "#ffffff", { stroke: p.light, "stroke-width": 6 }) +
    path("M262,400 C300,430 500,430 538,400 L532,425 C490,452 310,452 268,425 Z", p.base) +
    ellipse(400, 340, 150, 30, "#ffffff") +
    ellipse(400, 342, 138, 24, liquor) +
    group("translate(170 470) rotate(-25)", leaf("#5d9b3c")) +
    group("translate(200 510) rotate(-60) scale(0.8)", leaf("#79b34f"))
  )
}
