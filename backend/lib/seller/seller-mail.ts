/** Templates and links of the mails 판매자센터 sends (the local provider logs them). */
export const SELLER_INVITE_TEMPLATE = "seller-invite"
export const SELLER_PASSWORD_RESET_TEMPLATE = "seller-password-reset"

export const SELLER_ROLE_LABELS = { owner: "대표", staff: "담당자" } as const
export type SellerRole = keyof typeof SELLER_ROLE_LABELS

export function storefrontBaseUrl(): string {
  return (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
}

export function sellerInviteLink(token: string, base = storefrontBaseUrl()): string {
  return `${base}/seller/invite/${encodeURIComponent(token)}`
}

export function sellerResetLink(token: string, email: string, base = storefrontBaseUrl()): string {
  return `${base}/seller/reset-password?token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
}

export function sellerInviteMail(input: { maker_name: string; role: SellerRole; link: string; expires_at: Date }) {
  return {
    subject: `[자활장터 판매자센터] ${input.maker_name} ${SELLER_ROLE_LABELS[input.role]} 초대`,
    maker_name: input.maker_name,
    role: input.role,
    role_label: SELLER_ROLE_LABELS[input.role],
    link: input.link,
    expires_at: input.expires_at.toISOString(),
  }
}
