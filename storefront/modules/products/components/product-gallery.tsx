import { ProductImage } from "@/modules/products/components/product-image"

type ProductGalleryProps = {
  urls: string[]
  title: string
}

export function ProductGallery({ urls, title }: ProductGalleryProps) {
  const [cover, ...rest] = urls
  return (
    <div className="space-y-3">
      <ProductImage src={cover ?? null} alt={title} size={800} priority />
      {rest.length > 0 && (
        <ul className="grid grid-cols-4 gap-2">
          {rest.map((url) => (
            <li key={url}>
              <ProductImage src={url} alt={title} size={200} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
