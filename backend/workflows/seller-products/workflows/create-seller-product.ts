import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { upsertListingRevisionStep } from "../../listing-approval/steps/upsert-listing-revision"
import { setProductMakerWorkflow } from "../../makers/workflows/set-product-maker"
import { variantPrices, type SellerTier } from "../prices"
import { readVariantInventoryItemsStep } from "../steps/read-variant-inventory-items"
import { resolveSellerProductContextStep } from "../steps/resolve-seller-product-context"

export const createSellerProductWorkflowId = "create-seller-product"

export type CreateSellerProductInput = {
  maker_id: string
  member_id?: string | null
  product: {
    title: string
    subtitle?: string
    /** already sanitized by the caller's shared configuration */
    description?: string
    category_id?: string
    weight_g?: number
    options: { title: string; values: string[] }[]
    variants: { title: string; options: Record<string, string>; sku?: string; price: number; stock: number; tier_prices?: SellerTier[] }[]
  }
}

/**
 * A seller's new listing: created `proposed` (not in the store until staff approve), in the
 * shop's sales channel, with prices and tier prices in won, stock per variant at the shop's
 * location, linked to the seller's maker, and waiting in the 승인 대기 queue. Medusa's core flows do the writing and undo it
 * when a later step fails.
 */
export const createSellerProductWorkflow = createWorkflow(createSellerProductWorkflowId, (input: CreateSellerProductInput) => {
  const context = resolveSellerProductContextStep(
    transform({ input }, ({ input }) => ({ maker_id: input.maker_id, category_id: input.product.category_id }))
  )
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, context }, ({ input, context }) => ({
      products: [
        {
          title: input.product.title,
          subtitle: input.product.subtitle,
          description: input.product.description,
          handle: context.handle,
          status: "proposed" as const,
          weight: input.product.weight_g,
          category_ids: input.product.category_id ? [input.product.category_id] : [],
          shipping_profile_id: context.shipping_profile_id,
          sales_channels: [{ id: context.sales_channel_id }],
          options: input.product.options,
          variants: input.product.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            options: v.options,
            manage_inventory: true,
            prices: variantPrices(v.price, v.tier_prices),
          })),
        },
      ],
    })),
  })
  const productId = transform({ products }, ({ products }) => products[0].id)
  const items = readVariantInventoryItemsStep({ product_id: productId })
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ input, items, context }, ({ input, items, context }) => ({
      inventory_levels: items.map((item) => ({
        inventory_item_id: item.inventory_item_id,
        location_id: context.stock_location_id,
        stocked_quantity: input.product.variants.find((v) => v.title === item.title)?.stock ?? 0,
      })),
    })),
  })
  setProductMakerWorkflow.runAsStep({ input: transform({ input, productId }, ({ input, productId }) => ({ product_id: productId, maker_id: input.maker_id })) })
  upsertListingRevisionStep(
    transform({ input, productId }, ({ input, productId }) => ({ product_id: productId, maker_id: input.maker_id, member_id: input.member_id ?? null, kind: "new" as const }))
  )
  return new WorkflowResponse({ id: productId })
})
