import type { HttpTypes } from "@medusajs/types"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"

type ProductBreadcrumbProps = {
  category: Pick<HttpTypes.StoreProductCategory, "name" | "handle"> | null
  title: string
}

/** 홈 › category › product, on the shared breadcrumb. */
export function ProductBreadcrumb({ category, title }: ProductBreadcrumbProps) {
  const trail = [{ href: "/", label: "홈" }]
  if (category) trail.push({ href: `/categories/${category.handle}`, label: category.name })
  return <Breadcrumb trail={trail} current={title} />
}
