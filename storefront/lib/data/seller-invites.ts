import "server-only"
import { messageOf, sellerFetch, statusOf } from "@/lib/data/seller-fetch"
import { isKorean } from "@/lib/util/seller-forms"

export type InvitePreview = { email: string; role: "owner" | "staff"; maker_name: string; expires_at: string }

const INVITE_INVALID = "초대 링크가 유효하지 않거나 만료되었습니다."

/**
 * What an invite link opens (public route, no session). A used, expired, withdrawn or unknown
 * token is the API's one Korean 400: `{ error }`.
 */
export async function previewInvite(token: string): Promise<{ invite: InvitePreview } | { error: string }> {
  try {
    return await sellerFetch<{ invite: InvitePreview }>("/seller/invites/accept", { query: { token }, token: null })
  } catch (error) {
    if (statusOf(error) === 400) return { error: isKorean(messageOf(error)) ? messageOf(error) : INVITE_INVALID }
    throw error
  }
}
