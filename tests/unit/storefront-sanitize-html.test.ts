import { describe, expect, it } from "vitest"
import { richTextHtml, safeHref, sanitizeHtml } from "../../storefront/lib/util/sanitize-html"

describe("sanitizeHtml", () => {
  it("keeps the allowlisted formatting as it is", () => {
    const html =
      "<h3>우리 이야기</h3><p>국내산 <strong>원초</strong>로 <em>정성껏</em> 굽습니다.<br>매일 아침</p>" +
      "<ul><li>전장김</li><li>도시락김</li></ul><ol><li>하나</li></ol><blockquote>맛있어요</blockquote><h4>끝</h4>"
    expect(sanitizeHtml(html)).toBe(html)
  })

  it("drops <script>, <style> and <iframe> together with their content", () => {
    expect(sanitizeHtml('<p>안녕</p><script>alert("x")</script><p>하세요</p>')).toBe("<p>안녕</p><p>하세요</p>")
    expect(sanitizeHtml("<SCRIPT src=//evil.example/x.js></SCRIPT>김")).toBe("김")
    expect(sanitizeHtml("<style>body{display:none}</style><iframe src=x>y</iframe>ok")).toBe("ok")
    expect(sanitizeHtml("<script>never closed <p>hidden</p>")).toBe("")
    expect(sanitizeHtml("<scr<script>ipt>alert(1)</script>")).not.toMatch(/<script/i)
  })

  it("removes event handlers and every other attribute", () => {
    expect(sanitizeHtml('<img src=x onerror="alert(1)">사진')).toBe("사진")
    expect(sanitizeHtml('<p onclick="alert(1)" style="color:red" class="x">글</p>')).toBe("<p>글</p>")
    expect(sanitizeHtml('<a href="https://example.com" onmouseover="alert(1)">링크</a>')).toBe(
      '<a href="https://example.com" rel="nofollow noopener noreferrer" target="_blank">링크</a>'
    )
    expect(sanitizeHtml("<svg onload=alert(1)><circle/></svg>끝")).toBe("끝")
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
    ]) {
      expect(sanitizeHtml(`<a href="${href}">눌러 보세요</a>`)).toBe("<a>눌러 보세요</a>")
    }
    expect(sanitizeHtml("<a href=javascript:alert(1)>x</a>")).toBe("<a>x</a>")
  })

  it("keeps safe links: http(s), mailto and paths on this site", () => {
    expect(safeHref("https://jahwal.example/a?b=1&amp;c=2")).toBe("https://jahwal.example/a?b=1&c=2")
    expect(safeHref("mailto:help@jahwal-market.kr")).toBe("mailto:help@jahwal-market.kr")
    expect(sanitizeHtml('<a href="/makers/naechingu-gim">내친구김</a>')).toBe('<a href="/makers/naechingu-gim">내친구김</a>')
    expect(sanitizeHtml('<a href="https://x.example/?q=&quot;a&quot;">q</a>')).toBe(
      '<a href="https://x.example/?q=&quot;a&quot;" rel="nofollow noopener noreferrer" target="_blank">q</a>'
    )
  })

  it("escapes stray markup characters and keeps entities", () => {
    expect(sanitizeHtml("1 < 2 & 3 > 2 &amp; &quot;김&quot;")).toBe("1 &lt; 2 &amp; 3 &gt; 2 &amp; &quot;김&quot;")
    expect(sanitizeHtml('<a href="x>y">')).not.toContain('"x>')
    expect(sanitizeHtml("<!-- 주석 --><p>본문</p><!DOCTYPE html>")).toBe("<p>본문</p>")
  })

  it("balances tags so nothing leaks into the rest of the page", () => {
    expect(sanitizeHtml("<p><strong>굵게")).toBe("<p><strong>굵게</strong></p>")
    expect(sanitizeHtml("</div></p>글<em>")).toBe("글<em></em>")
    expect(sanitizeHtml("<p>하나<p>둘")).toBe("<p>하나</p><p>둘</p>")
    expect(sanitizeHtml("<li>목록 밖</li>")).toBe("목록 밖")
    expect(sanitizeHtml("<ul><li>a<li>b</ul>")).toBe("<ul><li>a</li><li>b</li></ul>")
    expect(sanitizeHtml("<a href='/a'>x<a href='/b'>y</a>")).toBe('<a href="/a">xy</a>')
  })

  it("keeps the text of unknown tags", () => {
    expect(sanitizeHtml('<div class="x"><span>글</span></div>')).toBe("글")
  })
})

describe("richTextHtml", () => {
  it("turns plain text into paragraphs and line breaks", () => {
    expect(richTextHtml("첫 문단\n둘째 줄\n\n둘째 문단")).toBe("<p>첫 문단<br>둘째 줄</p><p>둘째 문단</p>")
    expect(richTextHtml('그는 &quot;맛있다&quot; 했다 & <웃음>')).toBe("<p>그는 &quot;맛있다&quot; 했다 &amp; &lt;웃음&gt;</p>")
  })

  it("sanitizes HTML and is empty for nothing", () => {
    expect(richTextHtml("<p>좋아요</p><script>alert(1)</script>")).toBe("<p>좋아요</p>")
    expect(richTextHtml("  ")).toBe("")
    expect(richTextHtml(null)).toBe("")
  })
})
