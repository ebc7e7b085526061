import { highlightSegments, type HighlightSegment } from "@/lib/util/highlight"

type HighlightedTextProps = {
  text: string
  segments?: readonly HighlightSegment[]
}

/** A text with the searched words in <mark>. Segments are rendered as text, never as HTML. */
export function HighlightedText({ text, segments }: HighlightedTextProps) {
  return (
    <>
      {highlightSegments(text, segments).map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-brand-100 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        )
      )}
    </>
  )
}
