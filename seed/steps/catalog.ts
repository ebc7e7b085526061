import {
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createProductTagsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/core-flows"
import { categories } from "../data/categories"
import { makers } from "../data/makers"
import { products } from "../data/products"
import { renderProductSvg } from "../images/render-product-svg"
import { FEATURED_COLLECTION_HANDLE, queryOf, SeedContext } from "../context"
import type { SeedProduct } from "../types"
import { createSeedProducts } from "./products"

const makerByHandle = new Map(makers.map((m) => [m.handle, m]))

async function ensureCategories(ctx: SeedContext): Promise<Map<string, string>> {
  const query = queryOf(ctx.container)
  const { data: existing } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  const missing = categories.filter((c) => !ids.has(c.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(ctx.container).run({
      input: {
        product_categories: missing.map((c, i) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          rank: categories.indexOf(c) ?? i,
        })),
      },
    })
    result.forEach((c) => ids.set(c.handle, c.id))
    ctx.log(`카테고리 ${missing.length}개 생성`)
  }
  return ids
}

async function ensureTags(ctx: SeedContext): Promise<Map<string, string>> {
  const wanted = [...new Set(products.flatMap((p) => p.tags ?? []))]
  const { data: existing } = await queryOf(ctx.container).graph({
    entity: "product_tag",
    fields: ["id", "value"],
  })
  const ids = new Map(existing.map((t) => [t.value, t.id]))
  const missing = wanted.filter((v) => !ids.has(v))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(ctx.container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    result.forEach((t) => ids.set(t.value, t.id))
  }
  return ids
}

async function ensureFeaturedCollection(ctx: SeedContext): Promise<string> {
  const { data } = await queryOf(ctx.container).graph({
    entity: "product_collection",
    fields: ["id"],
    filters: { handle: FEATURED_COLLECTION_HANDLE },
  })
  if (data[0]) return data[0].id
  const { result } = await createCollectionsWorkflow(ctx.container).run({
    input: { collections: [{ title: "추천 선물세트", handle: FEATURED_COLLECTION_HANDLE }] },
  })
  return result[0].id
}

/** Uploads one generated SVG illustration per product through the file module. */
async function uploadImages(ctx: SeedContext, items: SeedProduct[]): Promise<Map<string, string>> {
  const { result } = await uploadFilesWorkflow(ctx.container).run({
    input: {
      files: items.map((p) => ({
        filename: `${p.handle}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(
          renderProductSvg({ title: p.title, image: p.image, makerName: makerByHandle.get(p.maker)?.name }),
          "utf8"
        ).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return new Map(items.map((p, i) => [p.handle, result[i].url]))
}

/** Categories, tags, the featured collection, then products with images, prices and stock. */
export async function ensureCatalog(ctx: SeedContext) {
  const query = queryOf(ctx.container)
  const categoryIds = await ensureCategories(ctx)
  const tagIds = await ensureTags(ctx)
  const featuredId = await ensureFeaturedCollection(ctx)

  const { data: existing } = await query.graph({ entity: "product", fields: ["handle"] })
  const have = new Set(existing.map((p) => p.handle))
  const missing = products.filter((p) => !have.has(p.handle))
  if (!missing.length) return

  const imageUrls = await uploadImages(ctx, missing)
  await createSeedProducts(ctx, missing, (p) => ({
    thumbnail: imageUrls.get(p.handle)!,
    category_id: categoryIds.get(p.category)!,
    tag_ids: (p.tags ?? []).map((t) => tagIds.get(t)!),
    collection_id: p.featured ? featuredId : undefined,
  }))
  ctx.log(`상품 ${missing.length}개와 재고 생성`)
}
