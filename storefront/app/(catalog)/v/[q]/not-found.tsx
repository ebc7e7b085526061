import { NotFoundMessage } from "@/modules/layout/components/not-found-message"

/** An unknown product, category, maker, brand or campaign on a cached page: the layout's frame is already there. */
export default function CatalogNotFound() {
  return <NotFoundMessage />
}
