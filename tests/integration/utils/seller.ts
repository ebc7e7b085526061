import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createSellerAccountWorkflow } from "../../../backend/workflows/seller-accounts/workflows/create-seller-account"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: { token: string } }> }

export type StoredNotification = { to: string; template: string; resource_id: string; data: Record<string, unknown> }

/** Logs a 판매자센터 member in through Medusa's auth route; axios options with its bearer token. */
export async function sellerHeaders(api: Api, email: string, password: string) {
  const { data } = await api.post("/auth/seller/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A member with a password (the seed's way), for tests that need a logged-in seller fast. */
export async function createSellerAccount(
  container: MedusaContainer,
  input: { maker_id: string; email: string; name?: string; role?: "owner" | "staff"; password?: string }
) {
  const { result } = await createSellerAccountWorkflow(container).run({
    input: { name: "테스트 회원", role: "owner", password: "jahwal1234", ...input },
  })
  return result
}

/**
 * The newest mail of a template to an address, as stored by the notification module (the
 * local provider only logs it). Polls, because some mails are sent by subscribers.
 */
export async function latestMail(container: MedusaContainer, to: string, template: string): Promise<StoredNotification> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  for (let i = 0; i < 100; i++) {
    const found = (await notifications.listNotifications({ to, template }, { order: { created_at: "DESC" } })) as unknown as StoredNotification[]
    if (found.length) return found[0]
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no ${template} mail to ${to}`)
}

/** The token at the end of an invite link (/seller/invite/<token>). */
export function inviteTokenOf(mail: StoredNotification): string {
  const link = String(mail.data.link)
  return decodeURIComponent(link.slice(link.lastIndexOf("/") + 1))
}
