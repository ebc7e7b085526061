import { createHash } from "node:crypto"

/**
 * A product's pictures as 판매자센터 edits them: `id` is Medusa's image id (`img_…`) for a live
 * picture, or `pimg_…` for one that waits in a pending revision of a published product.
 * `alt` is the Korean alt text (stored in the product image's metadata.alt).
 */
export type SellerImage = { id: string; url: string; alt: string }

export const PENDING_IMAGE_PREFIX = "pimg_"

/**
 * The id of a picture waiting for approval, derived from its (unique) stored URL: a workflow
 * may evaluate a transform more than once, and every evaluation must name the same picture.
 */
export const pendingImageIdOf = (url: string) => `${PENDING_IMAGE_PREFIX}${createHash("sha256").update(url).digest("hex").slice(0, 20)}`

type LiveImage = { id: string; url: string; rank?: number | null; metadata?: Record<string, unknown> | null }

/** The live images of a product in their order, as SellerImages. */
export function sellerImagesOf(images: LiveImage[] | null | undefined): SellerImage[] {
  return [...(images ?? [])]
    .sort((a, b) => Number(a.rank ?? 0) - Number(b.rank ?? 0))
    .map((i) => ({ id: i.id, url: i.url, alt: typeof i.metadata?.alt === "string" ? i.metadata.alt : "" }))
}

/**
 * Medusa's product update for a list of images: live ones by id, new ones by url, in order
 * (rank), each with its alt text; an image left out is removed. The first image is the
 * thumbnail (none without images).
 */
export function productImagesUpdate(images: SellerImage[]) {
  return {
    images: images.map((image, rank) => ({
      ...(image.id.startsWith(PENDING_IMAGE_PREFIX) ? {} : { id: image.id }),
      url: image.url,
      rank,
      metadata: { alt: image.alt },
    })),
    thumbnail: images[0]?.url ?? null,
  }
}
