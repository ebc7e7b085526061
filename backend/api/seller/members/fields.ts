export const SELLER_MEMBER_FIELDS = ["id", "email", "name", "role", "created_at"]
export const SELLER_INVITE_FIELDS = ["id", "email", "role", "expires_at", "created_at"]
