import { describe, expect, it } from "vitest"
import * as backend from "../../backend/lib/security/safe-html"
import { richTextHtml, safeLinkHref, sanitizeRichText, toPlainText } from "../../storefront/lib/shared/safe-html"
import { SHORT_XSS_PAYLOADS, XSS_PAYLOADS } from "../fixtures/xss-corpus"

/** Anything that could run script once inserted as HTML. */
const DANGER = /<\s*(?:script|img|svg|iframe|object|embed|style|math|input|form|body|details|noscript)\b|\son[a-z]+\s*=|(?:javascript|vbscript|data):/i

describe("one policy on both sides", () => {
  it("the backend uses the very functions the storefront renders with", () => {
    expect(backend.sanitizeRichText).toBe(sanitizeRichText)
    expect(backend.toPlainText).toBe(toPlainText)
  })
})

describe("rich text (sanitizeRichText)", () => {
  it("keeps formatting and drops scripts, handlers and script URLs", () => {
    const out = sanitizeRichText(
      '<h3>이야기</h3><p onclick="x()">함께 <strong>일해요</strong></p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><iframe src="//evil">y</iframe>'
    )
    expect(out).toBe("<h3>이야기</h3><p>함께 <strong>일해요</strong></p><a>x</a>")
  })

  it("cleans every corpus payload to markup that cannot run script, and is stable", () => {
    for (const payload of [...XSS_PAYLOADS, ...SHORT_XSS_PAYLOADS]) {
      const out = sanitizeRichText(payload)
      expect(out, payload).not.toMatch(DANGER)
      expect(out, payload).not.toMatch(/<script/i)
      expect(sanitizeRichText(out), payload).toBe(out)
    }
    expect(sanitizeRichText("<<script>script>window.__xss=1<</script>/script>")).toBe("&lt;/script&gt;")
    expect(sanitizeRichText("&lt;script&gt;x&lt;/script&gt;")).toBe("&lt;script&gt;x&lt;/script&gt;")
    expect(sanitizeRichText("<svg onload=alert(1)><circle/></svg>끝")).toBe("끝")
    expect(sanitizeRichText('<p onclick="alert(1)" style="color:red" class="x">글</p>')).toBe("<p>글</p>")
  })

  it("removes javascript:, data: and disguised link targets but keeps the link text", () => {
    for (const href of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "&#106;avascript:alert(1)",
      "&#x6A;avascript:alert(1)",
      "javascript&colon;alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "vbscript:msgbox(1)",
      "//evil.example",
      "/\\evil.example",
      "ｊａｖａｓｃｒｉｐｔ:alert(1)",
    ]) {
      expect(sanitizeRichText(`<a href="${href}">눌러 보세요</a>`), href).toBe("<a>눌러 보세요</a>")
    }
    expect(sanitizeRichText("<a href=javascript:alert(1)>x</a>")).toBe("<a>x</a>")
  })

  it("keeps safe links: http(s) in a new tab without privileges, mailto and paths on this site", () => {
    expect(sanitizeRichText('<a href="https://example.kr" target="_self" rel="opener">홈</a>')).toBe(
      '<a href="https://example.kr" rel="nofollow noopener noreferrer" target="_blank">홈</a>'
    )
    expect(safeLinkHref("mailto:help@jahwal-market.kr")).toBe("mailto:help@jahwal-market.kr")
    expect(sanitizeRichText('<a href="/makers/naechingu-gim">내친구김</a>')).toBe('<a href="/makers/naechingu-gim">내친구김</a>')
    expect(sanitizeRichText('<a href="https://x.example/?q=&quot;a&quot;&amp;b=1">q</a>')).toBe(
      '<a href="https://x.example/?q=&quot;a&quot;&amp;b=1" rel="nofollow noopener noreferrer" target="_blank">q</a>'
    )
  })

  it("escapes stray markup characters, drops comments and balances tags", () => {
    expect(sanitizeRichText("1 < 2 & 3 > 2 &amp; 김")).toBe("1 &lt; 2 &amp; 3 &gt; 2 &amp; 김")
    expect(sanitizeRichText('<a href="x>y">')).not.toContain('"x>')
    expect(sanitizeRichText("<!-- 주석 --><p>본문</p><!DOCTYPE html>")).toBe("<p>본문</p>")
    expect(sanitizeRichText("<p><strong>굵게")).toBe("<p><strong>굵게</strong></p>")
    expect(sanitizeRichText("<ul><li>a<li>b</ul>")).toBe("<ul><li>a</li><li>b</li></ul>")
    expect(sanitizeRichText('<div class="x"><span>글</span></div>')).toBe("글")
  })
})

describe("richTextHtml (what the storefront inserts)", () => {
  it("turns plain text into paragraphs and line breaks, escaping it", () => {
    expect(richTextHtml("첫 문단\n둘째 줄\n\n둘째 문단")).toBe("<p>첫 문단<br />둘째 줄</p><p>둘째 문단</p>")
    expect(richTextHtml("A&B 1 < 2")).toBe("<p>A&amp;B 1 &lt; 2</p>")
    // the backend stores plain stories already escaped: shown once, not as "&amp;amp;"
    expect(richTextHtml(sanitizeRichText("A&B"))).toBe("<p>A&amp;B</p>")
  })

  it("sanitizes HTML and is empty for nothing", () => {
    expect(richTextHtml("<p>좋아요</p><script>alert(1)</script>")).toBe("<p>좋아요</p>")
    expect(richTextHtml("  ")).toBe("")
    expect(richTextHtml(null)).toBe("")
    for (const payload of XSS_PAYLOADS) expect(richTextHtml(payload), payload).not.toMatch(DANGER)
  })
})

describe("plain text (toPlainText)", () => {
  it("is not entity-encoded: A&B stays A&B", () => {
    expect(toPlainText("A&B")).toBe("A&B")
    expect(toPlainText("3 < 5 & 6 > 4")).toBe("3 < 5 & 6 > 4")
    expect(toPlainText("<자활> 나눔 <3")).toBe("<자활> 나눔 <3")
    expect(toPlainText("<b>내친구김</b><script>x</script>")).toBe("내친구김")
  })

  it("never lets a tag out, however it is nested, broken or encoded", () => {
    expect(toPlainText("<<script>script>window.__xss=1<</script>/script>")).toBe("")
    expect(toPlainText("<<script>script>")).not.toContain("<script>")
    expect(toPlainText("&lt;script&gt;window.__xss=1&lt;/script&gt;")).toBe("")
    expect(toPlainText("&amp;lt;b&amp;gt;굵게")).toBe("굵게")
    expect(toPlainText("&amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;lt;script&amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;gt;x")).not.toMatch(/</)
    for (const payload of [...XSS_PAYLOADS, ...SHORT_XSS_PAYLOADS]) {
      const out = toPlainText(payload)
      expect(out, payload).not.toMatch(/<[a-zA-Z/!?]/)
      expect(toPlainText(out), payload).toBe(out)
    }
  })

  it("drops control and invisible characters and collapses whitespace", () => {
    expect(toPlainText("  <b>김</b>주문\u0000 ")).toBe("김주문")
    expect(toPlainText("a\nb\t c")).toBe("a b c")
    expect(toPlainText("관리\u202E자\u200B")).toBe("관리자")
    expect(toPlainText("고마워요\r\n<img src=x onerror=alert(1)>건강하세요\n\n\n\n안녕", { multiline: true })).toBe("고마워요\n건강하세요\n\n안녕")
  })
})
