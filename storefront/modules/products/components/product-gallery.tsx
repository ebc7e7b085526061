import { ProductImage } from "@/modules/products/components/product-image"
import type { ProductPicture } from "@/modules/products/images"

type ProductGalleryProps = {
  pictures: ProductPicture[]
  title: string
}

export function ProductGallery({ pictures, title }: ProductGalleryProps) {
  const [cover, ...rest] = pictures
  return (
    <div className="space-y-3">
      <ProductImage src={cover?.url ?? null} alt={cover?.alt ?? title} size={800} priority />
      {rest.length > 0 && (
        <ul className="grid grid-cols-4 gap-2">
          {rest.map((picture) => (
            <li key={picture.url}>
              <ProductImage src={picture.url} alt={picture.alt} size={200} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
