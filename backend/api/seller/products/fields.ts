/** What 판매자센터 shows of an own product. */
export const SELLER_PRODUCT_FIELDS = [
  "id", "title", "subtitle", "handle", "status", "description", "thumbnail", "weight", "created_at", "updated_at",
  "categories.id", "categories.name",
  "options.id", "options.title", "options.values.value",
  "variants.id", "variants.title", "variants.sku",
  "variants.options.value", "variants.options.option.title",
  "variants.prices.amount", "variants.prices.currency_code", "variants.prices.min_quantity", "variants.prices.price_list_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "images.id", "images.url", "images.rank", "images.metadata",
]

export const SELLER_PRODUCT_LIST_FIELDS = ["id", "title", "handle", "status", "thumbnail", "created_at", "updated_at", "variants.id"]
