import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createProductVariantsWorkflow,
} from "@medusajs/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { queryOf, SeedContext } from "../context"
import type { SeedProduct, SeedVariant } from "../types"

type Placement = { thumbnail: string; category_id: string; tag_ids: string[]; collection_id?: string }

const isKit = (v: SeedVariant) => Boolean(v.components?.length)

/** Base price plus quantity-break prices (Medusa picks the tier by line quantity). */
function pricesOf(v: SeedVariant) {
  return [
    { currency_code: "krw", amount: v.price },
    ...(v.tiers ?? []).map((t) => ({ currency_code: "krw", amount: t.price, min_quantity: t.min_quantity })),
  ]
}

/**
 * Creates products in three passes: products with their stock-holding variants, stock levels,
 * then kit variants (gift sets, packs) whose inventory is their components' inventory items
 * with required quantities — Medusa's inventory kits, so no stock is counted twice.
 */
export async function createSeedProducts(ctx: SeedContext, items: SeedProduct[], place: (p: SeedProduct) => Placement) {
  const query = queryOf(ctx.container)
  const { result: created } = await createProductsWorkflow(ctx.container).run({
    input: {
      products: items.map((p) => {
        const where = place(p)
        return {
          title: p.title,
          subtitle: p.subtitle,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          weight: p.weight_g,
          thumbnail: where.thumbnail,
          images: [{ url: where.thumbnail }],
          category_ids: [where.category_id],
          tag_ids: where.tag_ids,
          collection_id: where.collection_id,
          shipping_profile_id: ctx.shippingProfileId,
          sales_channels: [{ id: ctx.salesChannelId! }],
          options: p.options,
          variants: p.variants.filter((v) => !isKit(v)).map((v) => ({
            title: v.title,
            sku: v.sku,
            options: v.options,
            manage_inventory: true,
            prices: pricesOf(v),
          })),
        }
      }),
    },
  })

  const skus = items.flatMap((p) => p.variants.flatMap((v) => [v.sku, ...(v.components ?? []).map((c) => c.sku)]))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: [...new Set(skus)] },
  })
  const itemOfSku = new Map(
    variants.map((v) => [v.sku!, (v.inventory_items as { inventory_item_id: string }[] | undefined)?.[0]?.inventory_item_id])
  )

  const plain = items.flatMap((p) => p.variants.filter((v) => !isKit(v)))
  await createInventoryLevelsWorkflow(ctx.container).run({
    input: {
      inventory_levels: plain.map((v) => ({
        inventory_item_id: itemOfSku.get(v.sku)!,
        location_id: ctx.stockLocationId!,
        stocked_quantity: v.stock,
      })),
    },
  })

  const productIdOf = new Map(created.map((p) => [p.handle, p.id]))
  const kits = items.flatMap((p) => p.variants.filter(isKit).map((v) => ({ product: p, variant: v })))
  if (kits.length) {
    await createProductVariantsWorkflow(ctx.container).run({
      input: {
        product_variants: kits.map(({ product, variant }) => ({
          product_id: productIdOf.get(product.handle)!,
          title: variant.title,
          sku: variant.sku,
          options: variant.options,
          manage_inventory: true,
          prices: pricesOf(variant),
          inventory_items: variant.components!.map((c) => {
            const inventory_item_id = itemOfSku.get(c.sku)
            if (!inventory_item_id) throw new Error(`${variant.sku}: 구성품 ${c.sku}의 재고 품목이 없습니다`)
            return { inventory_item_id, required_quantity: c.quantity }
          }),
        })),
      },
    })
  }
}
