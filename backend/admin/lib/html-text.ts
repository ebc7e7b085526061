// Browser-only (DOMParser): kept apart from format.ts, which unit tests import under Node.
/**
 * The visible text of stored (already sanitized) HTML, for comparisons: parsed in an inert
 * document (nothing runs, nothing loads) and rendered as plain text, never as markup.
 */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return ""
  const doc = new DOMParser().parseFromString(html, "text/html")
  doc.querySelectorAll("br").forEach((br) => br.replaceWith("\n"))
  doc.querySelectorAll("p, li, h1, h2, h3, h4, div").forEach((block) => block.append("\n"))
  return (doc.body.textContent ?? "").replace(/\n{3,}/g, "\n\n").trim()
}
