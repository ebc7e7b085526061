import { createSellerProductWorkflow } from "../../backend/workflows/seller-products/workflows/create-seller-product"
import { queryOf, SeedContext } from "../context"
import { localSellerAccountsAllowed } from "./seller-accounts"

/** The seeded example of the 승인 대기 queue: a new listing of 맛사랑 that staff have not decided yet. */
export const PENDING_LISTING = {
  maker_handle: "matsarang",
  title: "맛사랑 쌀조청 선물세트",
  subtitle: "국산 쌀로 고아 만든 조청 2병",
  description: "<p>국산 쌀과 엿기름만으로 오래 고아 만든 <strong>쌀조청</strong>입니다.</p>",
  options: [{ title: "구성", values: ["2병"] }],
  variants: [{ title: "2병", options: { 구성: "2병" }, price: 18000, stock: 40 }],
}

/**
 * One listing waiting for approval (proposed, with its pending `new` request), made the way a
 * seller makes it (create-seller-product), so staff see the queue on a fresh local shop. Only
 * in the local shop, like the seller accounts; skipped when the maker already has it.
 */
export async function ensurePendingListing(ctx: SeedContext) {
  if (!localSellerAccountsAllowed()) return
  const { maker_handle, ...product } = PENDING_LISTING
  const { data } = await queryOf(ctx.container).graph({ entity: "maker", fields: ["id", "products.title"], filters: { handle: maker_handle } })
  const maker = data[0]
  if (!maker || ((maker.products ?? []) as ({ title: string } | null)[]).some((p) => p?.title === product.title)) return
  await createSellerProductWorkflow(ctx.container).run({ input: { maker_id: maker.id as string, product } })
  ctx.log(`승인 대기 예시 상품: ${product.title}`)
}
