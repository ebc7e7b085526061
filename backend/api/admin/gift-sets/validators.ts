import { z } from "@medusajs/framework/zod"

export const AdminSetKitComposition = z
  .object({
    components: z
      .array(
        z
          .object({
            variant_id: z.string().min(1, "구성품(variant_id)을 지정하세요"),
            quantity: z.number().int("수량은 정수여야 합니다").min(1, "수량은 1 이상이어야 합니다").max(1000, "수량은 1000 이하여야 합니다"),
          })
          .strict()
      )
      .min(1, "구성품을 하나 이상 지정하세요")
      .max(30, "구성품은 30개까지 넣을 수 있습니다"),
  })
  .strict()
export type AdminSetKitCompositionType = z.infer<typeof AdminSetKitComposition>
