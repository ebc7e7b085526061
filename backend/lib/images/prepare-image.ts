import sharp from "sharp"

/** What 판매자센터 accepts, judged by the file's own bytes (sharp's metadata), never by its name or type header. */
export const ACCEPTED_IMAGE_FORMATS = ["jpeg", "png", "webp"] as const
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
/** A decompression bomb (a tiny file of a giant picture) stops here: 60 megapixels, a 48 MP phone photo passes. */
const MAX_INPUT_PIXELS = 60_000_000

export const PRODUCT_IMAGE_WIDTH = 1200
export const LOGO_WIDTH = 400

export type PreparedImage = { buffer: Buffer; width: number; height: number; mimeType: "image/webp"; extension: "webp" }

export class UnacceptedImageError extends Error {}

/**
 * An uploaded picture made ready to serve: a real JPEG, PNG or WebP (else UnacceptedImageError),
 * turned upright by its EXIF orientation, shrunk to fit `maxSize` × `maxSize` (never enlarged),
 * re-encoded as WebP quality 82 with every metadata block (EXIF, GPS, ICC comments) dropped.
 */
export async function prepareImage(input: Buffer, maxSize: number): Promise<PreparedImage> {
  let format: string | undefined
  try {
    format = (await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format
  } catch {
    throw new UnacceptedImageError("unreadable image")
  }
  if (!format || !(ACCEPTED_IMAGE_FORMATS as readonly string[]).includes(format)) throw new UnacceptedImageError(`format ${format}`)
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate()
      .resize({ width: maxSize, height: maxSize, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true })
    return { buffer: data, width: info.width, height: info.height, mimeType: "image/webp", extension: "webp" }
  } catch {
    // a truncated or corrupt body behind valid magic bytes
    throw new UnacceptedImageError("undecodable image")
  }
}
