import { z } from "@medusajs/framework/zod"
import { seoulDateRange } from "../../../../lib/dates/seoul-range"

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "날짜는 YYYY-MM-DD 형식이어야 합니다")

/** Inclusive calendar dates in Asia/Seoul. */
export const AdminMakerSalesQuery = z
  .object({ from: date, to: date, maker_id: z.string().optional() })
  .strict()
  .refine((q) => seoulDateRange(q.from, q.to) !== null, {
    message: "기간이 올바르지 않습니다: 존재하는 날짜이고 from이 to보다 늦지 않아야 합니다",
    path: ["from"],
  })
export type AdminMakerSalesQueryType = z.infer<typeof AdminMakerSalesQuery>
