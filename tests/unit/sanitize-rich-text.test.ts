import { describe, expect, it } from "vitest"
import { sanitizeRichText, toPlainText } from "../../backend/lib/html/sanitize-rich-text"

describe("seller rich text", () => {
  it("keeps formatting and drops scripts, handlers and script URLs", () => {
    const out = sanitizeRichText(
      '<h3>이야기</h3><p onclick="x()">함께 <strong>일해요</strong></p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><iframe src="//evil"></iframe>'
    )
    expect(out).toBe('<h3>이야기</h3><p>함께 <strong>일해요</strong></p><a rel="noopener noreferrer nofollow" target="_blank">x</a>')
  })
  it("lets http links through with safe rel/target", () => {
    expect(sanitizeRichText('<a href="https://example.kr">홈</a>')).toBe(
      '<a href="https://example.kr" rel="noopener noreferrer nofollow" target="_blank">홈</a>'
    )
  })
  it("plain text strips all markup", () => {
    expect(toPlainText("<b>내친구김</b><script>x</script>")).toBe("내친구김")
  })
})
