import { richTextHtml } from "@/lib/shared/safe-html"

type RichTextProps = {
  /** Seller-written rich text (a maker's story, a brand's description): HTML or plain text. */
  text: string | null | undefined
  className?: string
}

/**
 * Renders seller rich text. The backend stores it sanitized; it is sanitized here again with the
 * same policy (lib/shared/safe-html.ts, defense in depth), which is what makes the inner HTML safe
 * to insert whatever the database holds.
 */
export function RichText({ text, className = "" }: RichTextProps) {
  const html = richTextHtml(text)
  if (!html) {
    return null
  }
  return (
    <div
      className={`space-y-3 leading-relaxed text-ink-700 [&_a]:font-semibold [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-cream-200 [&_blockquote]:pl-4 [&_h3]:text-lg [&_h3]:font-bold [&_h3]:text-ink-900 [&_h4]:font-bold [&_h4]:text-ink-900 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
