import type { HttpTypes } from "@medusajs/types"
import { ProductCard } from "@/modules/products/components/product-card"

export function ProductGrid({ products }: { products: HttpTypes.StoreProduct[] }) {
  return (
    <ul className="grid grid-cols-2 gap-x-3 gap-y-6 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  )
}
