import { z } from "@medusajs/framework/zod"
import { handleSchema, pagingSchema } from "../../utils/list-query"

const centerFields = {
  handle: handleSchema,
  name: z.string().trim().min(1, "이름을 입력하세요").max(100),
  level: z.enum(["regional", "local"], { message: "level은 regional(광역) 또는 local(지역)이어야 합니다" }),
  parent_id: z.string().nullish(),
  region: z.string().trim().min(2, "시·도를 입력하세요").max(20),
  address: z.string().trim().max(200).nullish(),
  phone: z.string().trim().max(20).nullish(),
}

export const AdminCreateCenter = z.object(centerFields).strict()
export const AdminUpdateCenter = z.object(centerFields).partial().strict()
export type AdminCreateCenterType = z.infer<typeof AdminCreateCenter>
export type AdminUpdateCenterType = z.infer<typeof AdminUpdateCenter>

export const AdminListCentersQuery = z
  .object({ ...pagingSchema, level: z.enum(["regional", "local"]).optional(), q: z.string().trim().max(50).optional() })
  .strict()
export type AdminListCentersQueryType = z.infer<typeof AdminListCentersQuery>
