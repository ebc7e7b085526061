import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATEGORIES, COLLECTIONS, PRODUCT_LISTS, PRODUCTS } from "../lib/storefront/cache-tags"
import { revalidateStorefrontWorkflow } from "../workflows/storefront/workflows/revalidate-storefront"

const CATEGORY_EVENTS = ["product-category.created", "product-category.updated", "product-category.deleted"]
const COLLECTION_EVENTS = ["product-collection.created", "product-collection.updated", "product-collection.deleted"]

/**
 * A category or collection changed (rare, staff only): the menus and every read that shows one
 * refresh — a category's name is on product pages too, and its products may have moved.
 */
export default async function storefrontCatalogChanged({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const tags = CATEGORY_EVENTS.includes(event.name) ? [CATEGORIES, PRODUCTS] : [COLLECTIONS, PRODUCT_LISTS]
  await revalidateStorefrontWorkflow(container).run({ input: { tags } })
}

export const config: SubscriberConfig = { event: [...CATEGORY_EVENTS, ...COLLECTION_EVENTS] }
