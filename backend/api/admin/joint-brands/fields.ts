export const ADMIN_BRAND_FIELDS = [
  "*", "owner_center.id", "owner_center.name", "members.id", "members.name", "members.handle",
  "products.id", "products.title",
]
