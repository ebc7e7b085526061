import { brands } from "../data/brands"
import { centers } from "../data/centers"
import { makers } from "../data/makers"
import { products } from "../data/products"
import { queryOf, SeedContext } from "../context"
import { createCenterWorkflow } from "../../backend/workflows/makers/workflows/create-center"
import { createJointBrandWorkflow } from "../../backend/workflows/makers/workflows/create-joint-brand"
import { createMakerWorkflow } from "../../backend/workflows/makers/workflows/create-maker"
import { setProductMakerWorkflow } from "../../backend/workflows/makers/workflows/set-product-maker"
import { DEFAULT_SHIPPING_POLICY } from "../../backend/lib/shipping/per-maker-fee"

async function idsByHandle(ctx: SeedContext, entity: string): Promise<Map<string, string>> {
  const { data } = await queryOf(ctx.container).graph({ entity, fields: ["id", "handle"] })
  return new Map(data.map((row: { id: string; handle: string }) => [row.handle, row.id]))
}

/** Regional centers first, then local centers under them, then makers and joint brands. */
export async function ensureOrganisations(ctx: SeedContext) {
  const centerIds = await idsByHandle(ctx, "center")
  const ordered = [...centers.filter((c) => c.level === "regional"), ...centers.filter((c) => c.level === "local")]
  for (const c of ordered.filter((c) => !centerIds.has(c.handle))) {
    const { result } = await createCenterWorkflow(ctx.container).run({
      input: {
        handle: c.handle,
        name: c.name,
        level: c.level,
        parent_id: c.parent ? centerIds.get(c.parent)! : null,
        region: c.region,
        address: c.address ?? null,
        phone: c.phone ?? null,
      },
    })
    centerIds.set(c.handle, result.id)
  }

  const makerIds = await idsByHandle(ctx, "maker")
  const newMakers = makers.filter((m) => !makerIds.has(m.handle))
  for (const { center, ...m } of newMakers) {
    const { result } = await createMakerWorkflow(ctx.container).run({
      // The seed sources name no maker's own shipping terms: every maker ships on the store's.
      input: {
        shipping_base_fee: DEFAULT_SHIPPING_POLICY.base_fee,
        free_shipping_threshold: DEFAULT_SHIPPING_POLICY.free_shipping_threshold,
        ...m,
        center_id: centerIds.get(center)!,
      },
    })
    makerIds.set(m.handle, result.id)
  }

  const brandIds = await idsByHandle(ctx, "joint_brand")
  for (const b of brands.filter((b) => !brandIds.has(b.handle))) {
    const memberHandles = [...new Set(products.filter((p) => p.brand === b.handle).map((p) => p.maker))]
    const { result } = await createJointBrandWorkflow(ctx.container).run({
      input: {
        handle: b.handle,
        name: b.name,
        slogan: b.slogan ?? null,
        description: b.description,
        owner_center_id: centerIds.get(b.owner_center)!,
        member_ids: memberHandles.map((h) => makerIds.get(h)!),
      },
    })
    brandIds.set(b.handle, result.id)
  }
  if (newMakers.length) ctx.log(`자활센터 ${centers.length}곳, 만든 곳 ${makers.length}곳, 공동브랜드 ${brands.length}개 준비`)
  return { makerIds, brandIds }
}

/** Links each seeded product that has no maker yet to its maker (and joint brand). */
export async function ensureProductMakers(ctx: SeedContext, ids: { makerIds: Map<string, string>; brandIds: Map<string, string> }) {
  const { data } = await queryOf(ctx.container).graph({
    entity: "product",
    fields: ["id", "handle", "maker.id"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const unlinked = (data as { id: string; handle: string; maker?: { id: string } | null }[]).filter((p) => !p.maker)
  const byHandle = new Map(products.map((p) => [p.handle, p]))
  for (const product of unlinked) {
    const seed = byHandle.get(product.handle)!
    await setProductMakerWorkflow(ctx.container).run({
      input: {
        product_id: product.id,
        maker_id: ids.makerIds.get(seed.maker)!,
        joint_brand_id: seed.brand ? ids.brandIds.get(seed.brand)! : null,
      },
    })
  }
  if (unlinked.length) ctx.log(`상품 ${unlinked.length}개에 만든 곳 연결`)
}
