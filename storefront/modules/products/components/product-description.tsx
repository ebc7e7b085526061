export function ProductDescription({ text }: { text: string | null | undefined }) {
  const paragraphs = (text ?? "")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  if (paragraphs.length === 0) {
    return null
  }
  return (
    <section aria-labelledby="product-description" className="space-y-3">
      <h2 id="product-description" className="text-lg font-bold">
        상품 설명
      </h2>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line leading-relaxed text-ink-700">
          {paragraph}
        </p>
      ))}
    </section>
  )
}
