type ProductImageProps = {
  src: string | null
  alt: string
  size: number
  priority?: boolean
  className?: string
}

export function ProductImage({ src, alt, size, priority = false, className = "" }: ProductImageProps) {
  const frame = `aspect-square w-full rounded-lg bg-cream-200 ${className}`
  if (!src) {
    return <div className={frame} aria-hidden="true" />
  }
  return (
    <img
      src={src}
      alt={alt}
      width={size}
      height={size}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={`${frame} h-auto object-cover`}
    />
  )
}
