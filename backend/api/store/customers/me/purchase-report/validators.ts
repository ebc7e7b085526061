import { z } from "@medusajs/framework/zod"
import { seoulDateRange } from "../../../../../lib/dates/seoul-range"

const date = z.string({ error: "기간(from, to)을 YYYY-MM-DD 형식으로 입력해 주세요." }).regex(/^\d{4}-\d{2}-\d{2}$/, "날짜는 YYYY-MM-DD 형식이어야 합니다")
const MAX_DAYS = 366

/** Inclusive calendar dates in Asia/Seoul, at most a year; `format=csv` for the file. */
export const StorePurchaseReportQuery = z
  .object({ from: date, to: date, format: z.enum(["json", "csv"], { message: "format은 json 또는 csv여야 합니다" }).optional() })
  .strict()
  .refine((q) => seoulDateRange(q.from, q.to) !== null, {
    message: "기간이 올바르지 않습니다: 존재하는 날짜이고 시작일이 종료일보다 늦지 않아야 합니다",
    path: ["from"],
  })
  .refine(
    (q) => {
      const range = seoulDateRange(q.from, q.to)
      return !range || range.lt.getTime() - range.gte.getTime() <= MAX_DAYS * 86_400_000
    },
    { message: `기간은 최대 ${MAX_DAYS}일까지 조회할 수 있습니다`, path: ["to"] }
  )
export type StorePurchaseReportQueryType = z.infer<typeof StorePurchaseReportQuery>
