import { z } from "@medusajs/framework/zod"

export const sellerEmail = z
  .string({ message: "이메일을 입력하세요" })
  .trim()
  .toLowerCase()
  .email("이메일 형식이 올바르지 않습니다")
  .max(200, "이메일은 200자 이하여야 합니다")

export const sellerRole = z.enum(["owner", "staff"], { message: "역할(role)은 owner(대표) 또는 staff(담당자)여야 합니다" })

/** An invite: who and as what. The maker is the guard's (seller) or the URL's (admin), never the body's. */
export const SellerCreateInvite = z.object({ email: sellerEmail, role: sellerRole.default("staff") }).strict()
export type SellerCreateInviteType = z.infer<typeof SellerCreateInvite>
