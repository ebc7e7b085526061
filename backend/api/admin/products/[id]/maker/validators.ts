import { z } from "@medusajs/framework/zod"

export const AdminSetProductMaker = z
  .object({
    maker_id: z.string().min(1, "만든 곳(maker_id)을 지정하세요"),
    joint_brand_id: z.string().min(1).nullable().optional(),
  })
  .strict()
export type AdminSetProductMakerType = z.infer<typeof AdminSetProductMaker>
