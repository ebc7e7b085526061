/**
 * A small allowlist HTML sanitizer for seller-written rich text (a maker's story, a brand's
 * description). The backend already sanitizes what it stores; the storefront cleans it again
 * before rendering (defense in depth). The output is rebuilt from scratch: only allowlisted tags,
 * only `href` on links (http, https, mailto or a site path), balanced nesting, all other text
 * escaped — whatever the input, nothing else reaches the page.
 */

const BLOCK_TAGS = new Set(["p", "ul", "ol", "h3", "h4", "blockquote"])
const INLINE_TAGS = new Set(["strong", "b", "em", "i", "u", "a"])
const ALLOWED_TAGS = new Set([...BLOCK_TAGS, ...INLINE_TAGS, "li", "br"])
/** Elements whose content is dropped along with them (never shown as text). */
const DROPPED_WITH_CONTENT = new Set([
  "script", "style", "template", "iframe", "object", "embed", "noscript", "noembed", "noframes",
  "textarea", "title", "xmp", "svg", "math", "select", "plaintext",
])
/** Elements that may hold block content; anything else is closed before a block opens. */
const BLOCK_CONTAINERS = new Set(["li", "blockquote"])

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTRIBUTE = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g
const ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/y
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/(?![\/\\])|#)/i

function escapeText(text: string): string {
  let out = ""
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === "&") {
      ENTITY.lastIndex = i
      out += ENTITY.test(text) ? "&" : "&amp;"
    } else if (char === "<") {
      out += "&lt;"
    } else if (char === ">") {
      out += "&gt;"
    } else {
      out += char
    }
  }
  return out
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}

function decodeEntities(value: string): string {
  return value.replace(/&(#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);?/gi, (_match, body: string) => {
    const name = body.toLowerCase()
    if (name.startsWith("#")) {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ""
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name] ?? ""
  })
}

/** The link target if it is safe to follow (http, https, mailto, a path on this site), else null. */
export function safeHref(raw: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const href = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, "")
  return SAFE_URL.test(href) ? href : null
}

function hrefOf(attributes: string): string | null {
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    if (match[1]?.toLowerCase() === "href") {
      return safeHref(match[2] ?? match[3] ?? match[4] ?? "")
    }
  }
  return null
}

function openTag(name: string, attributes: string): string {
  if (name !== "a") {
    return `<${name}>`
  }
  const href = hrefOf(attributes)
  if (!href) {
    return "<a>"
  }
  const external = /^(?:https?:|mailto:)/i.test(href)
  return external
    ? `<a href="${escapeAttribute(href)}" rel="nofollow noopener noreferrer" target="_blank">`
    : `<a href="${escapeAttribute(href)}">`
}

/** Cleans rich text down to the allowlist (p, br, strong, b, em, i, u, ul, ol, li, h3, h4, blockquote, a[href]). */
export function sanitizeHtml(html: string): string {
  const open: string[] = []
  let out = ""
  let cursor = 0
  const close = (until: (name: string) => boolean) => {
    while (open.length > 0 && until(open[open.length - 1]!)) {
      out += `</${open.pop()}>`
    }
  }

  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    out += escapeText(html.slice(cursor, match.index))
    cursor = TOKEN.lastIndex
    const name = match[1]?.toLowerCase()
    if (!name) {
      continue // comment, doctype or processing instruction
    }
    const closing = match[0][1] === "/"
    if (!closing && DROPPED_WITH_CONTENT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, cursor)
      cursor = end === -1 ? html.length : html.indexOf(">", end) + 1 || html.length
      TOKEN.lastIndex = cursor
      continue
    }
    if (!ALLOWED_TAGS.has(name)) {
      continue
    }
    if (closing) {
      if (open.includes(name)) {
        close(() => open[open.length - 1] !== name)
        out += `</${open.pop()}>`
      }
      continue
    }
    if (name === "br") {
      out += "<br>"
      continue
    }
    if (name === "li") {
      if (!open.includes("ul") && !open.includes("ol")) {
        continue // a list item outside a list is kept as its text only
      }
      close((top) => top !== "ul" && top !== "ol")
    } else if (BLOCK_TAGS.has(name)) {
      close((top) => !BLOCK_CONTAINERS.has(top))
    } else if (name === "a" && open.includes("a")) {
      continue
    }
    out += openTag(name, match[2] ?? "")
    open.push(name)
  }
  out += escapeText(html.slice(cursor))
  close(() => true)
  return out
}

/**
 * Rich text ready to render: HTML is sanitized; plain text (no tags at all, as older records
 * and the seed catalog hold it) becomes paragraphs split at blank lines, with line breaks kept.
 */
export function richTextHtml(text: string | null | undefined): string {
  const value = (text ?? "").trim()
  if (value === "") {
    return ""
  }
  if (/<[a-zA-Z/!?]/.test(value)) {
    return sanitizeHtml(value)
  }
  const paragraphs = value
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => `<p>${escapeText(paragraph.trim()).replace(/\r?\n/g, "<br>")}</p>`)
  return sanitizeHtml(paragraphs.join(""))
}
