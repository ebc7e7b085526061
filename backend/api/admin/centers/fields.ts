export const ADMIN_CENTER_FIELDS = ["*", "makers.id", "makers.name", "makers.handle"]
