import { z } from "@medusajs/framework/zod"
import { safeImageUrl } from "../../../lib/security/safe-url"
import { handleSchema, pagingSchema } from "../../utils/list-query"

const brandFields = {
  handle: handleSchema,
  name: z.string().trim().min(1, "이름을 입력하세요").max(100),
  slogan: z.string().trim().max(100).nullish(),
  description: z.string().max(20_000).optional(),
  logo_url: safeImageUrl().nullish(),
  owner_center_id: z.string().min(1, "소유 광역자활센터(owner_center_id)를 지정하세요"),
  member_ids: z.array(z.string().min(1)).max(200).optional(),
}

export const AdminCreateJointBrand = z.object(brandFields).strict()
export const AdminUpdateJointBrand = z.object(brandFields).partial().strict()
export type AdminCreateJointBrandType = z.infer<typeof AdminCreateJointBrand>
export type AdminUpdateJointBrandType = z.infer<typeof AdminUpdateJointBrand>

export const AdminListJointBrandsQuery = z.object({ ...pagingSchema }).strict()
export type AdminListJointBrandsQueryType = z.infer<typeof AdminListJointBrandsQuery>
