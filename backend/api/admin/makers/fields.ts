export const ADMIN_MAKER_FIELDS = [
  "*",
  "center.id", "center.handle", "center.name", "center.level",
  "certifications.id", "certifications.name", "certifications.number", "certifications.valid_until",
  "brands.id", "brands.handle", "brands.name",
]
