import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/core-flows"
import { PUBLISHABLE_KEY_TITLE, queryOf, SeedContext } from "../context"

/** The storefront's publishable key, bound to our sales channel. Returns its token. */
export async function ensurePublishableKey(ctx: SeedContext): Promise<string> {
  const { data: keys } = await queryOf(ctx.container).graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at"],
    filters: { title: PUBLISHABLE_KEY_TITLE, type: "publishable" },
  })
  const active = keys.find((k) => !k.revoked_at)
  if (active) return active.token

  const { result } = await createApiKeysWorkflow(ctx.container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({
    input: { id: result[0].id, add: [ctx.salesChannelId!] },
  })
  ctx.log("스토어프론트 공개 키(publishable key) 생성")
  return result[0].token
}
