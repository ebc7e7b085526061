import sanitizeHtml from "sanitize-html"

/**
 * THE policy for text that sellers and staff write, shared by both sides: the backend imports this
 * file (backend/lib/security/safe-html.ts re-exports it) and cleans what it stores; the storefront
 * cleans again what it renders. One file, because Turbopack cannot import from outside
 * `storefront/` (its root), while the backend's TypeScript build follows the import here.
 * Keep this file free of storefront aliases (`@/…`) and of anything but `sanitize-html`.
 * See docs/security.md.
 */

/** Elements dropped together with their content: their text is code or a form, never prose. */
const DROPPED_WITH_CONTENT = [
  "script", "style", "textarea", "option", "select", "noscript", "template", "iframe", "object",
  "embed", "xmp", "noembed", "noframes", "plaintext", "title", "svg", "math",
]

/**
 * Where a link may lead: a web page (http/https), an e-mail address, a path on this site or an
 * anchor. Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so
 * they are removed before the check; "//host" and "/\host" are other sites and refused.
 */
const SAFE_LINK = /^(?:https?:\/\/|mailto:|\/(?![\/\\])|#)/i

/** The link target if a seller's link may keep it, else null. */
export function safeLinkHref(raw: string): string | null {
  // eslint-disable-next-line no-control-regex
  const href = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, "")
  return SAFE_LINK.test(href) ? href : null
}

/**
 * Rich text (a maker's story, a brand's description): a few formatting tags, links without any
 * attribute of the seller's own; outside links open in a new tab without the page's privileges.
 */
export const RICH_TEXT_POLICY: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a"],
  allowedAttributes: { a: ["href", "rel", "target"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: DROPPED_WITH_CONTENT,
  transformTags: {
    // Rebuilt from the href alone, so nothing the seller wrote (rel, target, on…) survives.
    a: (tagName, attribs) => {
      const href = attribs.href === undefined ? null : safeLinkHref(attribs.href)
      const external = href !== null && !href.startsWith("/") && !href.startsWith("#")
      const clean: sanitizeHtml.Attributes =
        href === null ? {} : external ? { href, rel: "nofollow noopener noreferrer", target: "_blank" } : { href }
      return { tagName, attribs: clean }
    },
  },
}

/** Plain text: no element at all (script, style … dropped with their content, other tags unwrapped). */
export const PLAIN_TEXT_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  disallowedTagsMode: "discard",
  nonTextTags: DROPPED_WITH_CONTENT,
}

/** Cleans seller rich text down to RICH_TEXT_POLICY; the result is safe to insert as HTML. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, RICH_TEXT_POLICY).trim()
}

/**
 * sanitize-html escapes exactly &, < and > in text (index.js `escapeHtml`); undoing just those
 * gives the text itself. One pass, so "&amp;lt;" becomes "&lt;", not "<".
 */
function unescapeText(escaped: string): string {
  return escaped.replace(/&(amp|lt|gt);/g, (_m, name: string) => ({ amp: "&", lt: "<", gt: ">" })[name] ?? "")
}

/** Zero-width and bidirectional-override characters: invisible, used to disguise text. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g
const MAX_PASSES = 8

/**
 * Plain text from seller, staff or customer input (names, addresses, a delivery note): no tags,
 * and not entity-encoded — "A&B" stays A&B, because every page escapes text when it renders it.
 * Decoding can reveal new markup ("&lt;script&gt;", "<<script>script>"), so the cleaning repeats
 * until nothing changes; what still changes after MAX_PASSES loses its angle brackets.
 * Control and invisible characters go; whitespace collapses (newlines kept when `multiline`).
 */
export function toPlainText(input: string, { multiline = false } = {}): string {
  let text = input
  for (let pass = 0; ; pass++) {
    const next = unescapeText(sanitizeHtml(text, PLAIN_TEXT_POLICY))
    if (next === text) break
    text = next
    if (pass === MAX_PASSES) {
      text = text.replace(/[<>]/g, "")
      break
    }
  }
  const cleaned = text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(CONTROLS, multiline ? "" : " ")
  const lines = cleaned.split("\n").map((line) => line.replace(/\s+/g, " ").trim())
  return (multiline ? lines.join("\n").replace(/\n{3,}/g, "\n\n") : lines.join(" ")).trim()
}

/**
 * Rich text ready to render: HTML is sanitized; plain text (no tags at all, as older records
 * and the seed catalog hold it) becomes paragraphs split at blank lines, with line breaks kept.
 * Both go through RICH_TEXT_POLICY, which also escapes the plain text's "<" and "&".
 */
export function richTextHtml(text: string | null | undefined): string {
  const value = (text ?? "").trim()
  if (value === "") return ""
  if (/<[a-zA-Z/!?]/.test(value)) return sanitizeRichText(value)
  const paragraphs = value
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => `<p>${paragraph.trim().replace(/\r?\n/g, "<br>")}</p>`)
  return sanitizeRichText(paragraphs.join(""))
}
