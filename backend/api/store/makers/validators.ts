import { z } from "@medusajs/framework/zod"
import { handleSchema, pagingSchema } from "../../utils/list-query"

export const MAKER_KINDS = ["self_sufficiency_enterprise", "regional_enterprise", "work_unit"] as const

export const StoreListMakersQuery = z
  .object({
    ...pagingSchema,
    q: z.string().trim().max(50).optional(),
    region: z.string().trim().min(2).max(20).optional(),
    kind: z.enum(MAKER_KINDS, { message: `kind는 ${MAKER_KINDS.join(", ")} 중 하나여야 합니다` }).optional(),
    center: handleSchema.optional(),
    certification: z.string().trim().min(1).max(50).optional(),
  })
  .strict()

export type StoreListMakersQueryType = z.infer<typeof StoreListMakersQuery>

export const StoreListBrandsQuery = z.object({ ...pagingSchema }).strict()
export type StoreListBrandsQueryType = z.infer<typeof StoreListBrandsQuery>
