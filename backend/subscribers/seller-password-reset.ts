import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendSellerPasswordResetWorkflow } from "../workflows/seller-accounts/workflows/send-seller-password-reset"

/** Medusa's /auth/seller/emailpass/reset-password emits this; only the seller actor is ours to mail. */
export default async function sellerPasswordReset({ event, container }: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  if (event.data.actor_type !== "seller") return
  await sendSellerPasswordResetWorkflow(container).run({ input: { email: event.data.entity_id, token: event.data.token } })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
