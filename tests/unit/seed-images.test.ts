import { describe, expect, it } from "vitest"
import { makers } from "../../seed/data/makers"
import { products } from "../../seed/data/products"
import { MOTIF_NAMES } from "../../seed/images/motifs"
import { hsl } from "../../seed/images/palette"
import {
  badgeSyllable,
  escapeXml,
  estimateWidth,
  layoutTitle,
  renderMakerLogoSvg,
  renderProductSvg,
} from "../../seed/images/render-product-svg"

const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/

/**
 * Minimal XML well-formedness check: one root element, balanced tags, quoted attributes without
 * duplicates, and no bare "<" or "&" in text or attribute values.
 */
function assertWellFormed(xml: string): void {
  const token = /<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g
  const stack: string[] = []
  let roots = 0
  let last = 0
  let match: RegExpExecArray | null
  const checkText = (text: string, outside: boolean) => {
    expect(text, "bare < in text").not.toContain("<")
    expect(ENTITY.test(text), `bare & in text: ${text.slice(0, 60)}`).toBe(false)
    if (outside) expect(text.trim(), "text outside the root element").toBe("")
  }
  while ((match = token.exec(xml))) {
    checkText(xml.slice(last, match.index), stack.length === 0)
    last = token.lastIndex
    if (match[0].startsWith("<!--")) continue
    const [, closing, name, attrText, selfClosing] = match
    const names: string[] = []
    for (const a of attrText.matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      names.push(a[1])
      const value = a[2] ?? a[3] ?? ""
      expect(value, `< in attribute ${a[1]}`).not.toContain("<")
      expect(ENTITY.test(value), `bare & in attribute ${a[1]}`).toBe(false)
    }
    expect(new Set(names).size, `duplicate attribute in <${name}>`).toBe(names.length)
    if (closing) {
      expect(stack.pop(), `closing </${name}>`).toBe(name)
    } else {
      if (stack.length === 0) roots++
      if (!selfClosing) stack.push(name)
    }
  }
  checkText(xml.slice(last), true)
  expect(stack, "unclosed elements").toEqual([])
  expect(roots, "exactly one root element").toBe(1)
}

function assertSelfContained(svg: string): void {
  const withoutNamespace = svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
  expect(withoutNamespace).not.toMatch(/https?:\/\//)
  expect(svg).not.toMatch(/href|<image|<script|@import|url\(|<foreignObject/i)
}

const TRICKY = `김자반 <&> "특가" 'A&B'`

describe("renderProductSvg", () => {
  it.each(MOTIF_NAMES)("draws a well-formed, self-contained 800x800 SVG for the %s motif", (motif) => {
    const svg = renderProductSvg({ title: TRICKY, image: { motif, hue: 200 }, makerName: "협동조합 <함께밥상> & 친구" })
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg.endsWith("</svg>")).toBe(true)
    expect(svg).toContain('viewBox="0 0 800 800"')
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"')
    assertWellFormed(svg)
    assertSelfContained(svg)
    expect(svg).toContain("&lt;&amp;&gt;")
    expect(svg).toContain("&lt;함께밥상&gt; &amp; 친구")
    expect(svg).not.toContain("<&>")
    expect(svg).toContain("Pretendard, 'Noto Sans KR', 'Apple SD Gothic Neo', sans-serif")
  })

  it("draws a different picture for every motif", () => {
    const pictures = MOTIF_NAMES.map((motif) => renderProductSvg({ title: "같은 제목", image: { motif, hue: 120 } }))
    expect(new Set(pictures).size).toBe(MOTIF_NAMES.length)
  })

  it("is deterministic and depends on the hue", () => {
    const input = { title: "내친구김 선물세트", image: { motif: "gift-box" as const, hue: 150 }, makerName: "내친구김" }
    expect(renderProductSvg(input)).toBe(renderProductSvg({ ...input, image: { ...input.image } }))
    expect(renderProductSvg(input)).not.toBe(renderProductSvg({ ...input, image: { motif: "gift-box", hue: 30 } }))
  })

  it("tolerates out-of-range hues and an empty maker name", () => {
    for (const hue of [-30, 360, 725, Number.NaN]) {
      assertWellFormed(renderProductSvg({ title: "테스트", image: { motif: "tea", hue }, makerName: "" }))
    }
  })

  it("renders every seed product", () => {
    const names = new Map(makers.map((m) => [m.handle, m.name]))
    for (const p of products) {
      const svg = renderProductSvg({ title: p.title, image: p.image, makerName: names.get(p.maker) })
      assertWellFormed(svg)
      expect(svg, p.handle).toContain(escapeXml(p.title))
    }
  })
})

describe("title layout", () => {
  it("keeps short titles on one line and wraps long ones into two lines that fit", () => {
    expect(layoutTitle("내친구김 선물세트").lines).toEqual(["내친구김 선물세트"])
    const long = layoutTitle("극단 아낌없이주는나무 손인형극 만들기 키트 가족용 특별 구성")
    expect(long.lines).toHaveLength(2)
    for (const line of long.lines) expect(estimateWidth(line, long.fontSize)).toBeLessThanOrEqual(660)
    const endless = layoutTitle("가".repeat(80))
    expect(endless.lines).toHaveLength(2)
    expect(endless.lines[1].endsWith("…")).toBe(true)
  })

  it("fits every seed title into at most two lines", () => {
    for (const p of products) {
      const layout = layoutTitle(p.title)
      expect(layout.lines.length, p.title).toBeLessThanOrEqual(2)
      expect(layout.lines.join(" ").replace(/\s+/g, ""), p.title).toBe(p.title.replace(/\s+/g, ""))
    }
  })
})

describe("renderMakerLogoSvg", () => {
  it("draws a round badge with the first syllable after legal-form prefixes", () => {
    expect(badgeSyllable("협동조합 함께밥상")).toBe("함")
    expect(badgeSyllable("(유)행복한밥상")).toBe("행")
    expect(badgeSyllable("(주)극단 아낌없이주는나무")).toBe("극")
    expect(badgeSyllable("사회적협동조합 대전희망주거")).toBe("대")
    expect(badgeSyllable("에코-손모아")).toBe("에")
    const svg = renderMakerLogoSvg("협동조합 <함께밥상>", 15)
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg).toContain('viewBox="0 0 240 240"')
    expect(svg).toContain("<circle")
    expect(svg).toContain(">함</text>")
    assertWellFormed(svg)
    assertSelfContained(svg)
    expect(renderMakerLogoSvg("내친구김", 150)).toBe(renderMakerLogoSvg("내친구김", 150))
  })

  it("renders a badge for every seed maker", () => {
    for (const m of makers) assertWellFormed(renderMakerLogoSvg(m.name, 200))
  })
})

describe("palette", () => {
  it("converts HSL to hex", () => {
    expect(hsl(0, 100, 50)).toBe("#ff0000")
    expect(hsl(120, 100, 25)).toBe("#008000")
    expect(hsl(240, 100, 50)).toBe("#0000ff")
    expect(hsl(0, 0, 100)).toBe("#ffffff")
  })
})
