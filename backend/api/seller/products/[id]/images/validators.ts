import { z } from "@medusajs/framework/zod"
import { plainLine } from "../../validators"

/** 대체 텍스트: what a screen reader says for the picture; plain text (HTML refused), at most 120 characters. */
const alt = plainLine("이미지 설명(대체 텍스트, alt)", 120)

/** The text fields beside the multipart `file`. */
export const SellerUploadImage = z.object({ alt }).strict()
export type SellerUploadImageType = z.infer<typeof SellerUploadImage>

export const SellerUpdateImage = z.object({ alt }).strict()
export type SellerUpdateImageType = z.infer<typeof SellerUpdateImage>
