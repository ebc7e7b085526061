import { z } from "@medusajs/framework/zod"

const token = z.string({ message: "초대 토큰이 없습니다" }).min(10, "초대 링크가 유효하지 않거나 만료되었습니다.").max(200, "초대 링크가 유효하지 않거나 만료되었습니다.")

export const SellerInvitePreviewQuery = z.object({ token }).strict()

export const SellerAcceptInvite = z
  .object({
    token,
    password: z.string({ message: "비밀번호를 입력하세요" }).min(8, "비밀번호는 8자 이상이어야 합니다").max(200, "비밀번호는 200자 이하여야 합니다"),
    name: z.string({ message: "이름을 입력하세요" }).trim().min(1, "이름을 입력하세요").max(50, "이름은 50자 이하여야 합니다"),
  })
  .strict()
export type SellerAcceptInviteType = z.infer<typeof SellerAcceptInvite>
