import { createSellerAccountWorkflow } from "../../backend/workflows/seller-accounts/workflows/create-seller-account"
import { queryOf, SeedContext } from "../context"

/** The local password of every seeded 판매자센터 owner (README), like the local admin's. */
export const LOCAL_SELLER_PASSWORD = "jahwal1234"

export const localSellerEmail = (makerHandle: string) => `${makerHandle}@seller.jahwal.local`

/**
 * Local accounts must never reach a deployment. A deployment brings its own admin
 * (JAHWAL_ADMIN_EMAIL / JAHWAL_ADMIN_PASSWORD, README); the local shop and the tests run on the
 * documented local admin — the same line the admin seed draws, so it gets the seller accounts.
 */
export function localSellerAccountsAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return !env.JAHWAL_ADMIN_EMAIL && !env.JAHWAL_ADMIN_PASSWORD
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
