import { z } from "@medusajs/framework/zod"

/** limit/offset paging shared by our list routes (strings from the URL, coerced). */
export const pagingSchema = {
  limit: z.coerce.number().int("limit은 정수여야 합니다").min(1, "limit은 1 이상이어야 합니다").max(100, "limit은 100 이하여야 합니다").default(20),
  offset: z.coerce.number().int("offset은 정수여야 합니다").min(0, "offset은 0 이상이어야 합니다").default(0),
}

export const handleSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "핸들은 영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다")
