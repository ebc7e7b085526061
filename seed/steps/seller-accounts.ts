import { isLocalShop } from "../../backend/lib/config/deployment"
import { createSellerAccountWorkflow } from "../../backend/workflows/seller-accounts/workflows/create-seller-account"
import { queryOf, SeedContext } from "../context"

/** The local password of every seeded 판매자센터 owner (README), like the local admin's. */
export const LOCAL_SELLER_PASSWORD = "jahwal1234"

export const localSellerEmail = (makerHandle: string) => `${makerHandle}@seller.jahwal.local`

/**
 * Local accounts must never reach a deployment: only the embedded local shop and the tests
 * (isLocalShop, the explicit JAHWAL_LOCAL_SHOP flag; docs/deployment.md) get them.
 */
export function localSellerAccountsAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return isLocalShop(env)
}

/** One owner account per seed maker that has products: `<handle>@seller.jahwal.local`. */
export async function ensureSellerAccounts(ctx: SeedContext) {
  if (!localSellerAccountsAllowed()) return
  const query = queryOf(ctx.container)
  const { data: makers } = await query.graph({ entity: "maker", fields: ["id", "handle", "representative", "products.id"] })
  const { data: members } = await query.graph({ entity: "seller_member", fields: ["email"] })
  const existing = new Set(members.map((m) => m.email as string))
  for (const maker of makers) {
    const email = localSellerEmail(maker.handle as string)
    if (!((maker.products ?? []) as unknown[]).length || existing.has(email)) continue
    await createSellerAccountWorkflow(ctx.container).run({
      input: { maker_id: maker.id as string, email, name: (maker.representative as string | null) || "대표", role: "owner", password: LOCAL_SELLER_PASSWORD },
    })
  }
  ctx.log(`판매자센터 로컬 계정: <메이커 핸들>@seller.jahwal.local / ${LOCAL_SELLER_PASSWORD}`)
}
