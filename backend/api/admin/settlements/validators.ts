import { z } from "@medusajs/framework/zod"
import { cycleOfCode } from "../../../modules/settlement/utils/periods"
import { SETTLEMENT_ERRORS } from "../../../modules/settlement/utils/messages"
import { seoulDayStart } from "../../../lib/dates/seoul-range"

export const periodCode = z.string().refine((v) => cycleOfCode(v) !== null, { message: SETTLEMENT_ERRORS.badPeriod })
const format = z.enum(["csv", "xlsx"], { message: "format은 csv 또는 xlsx여야 합니다" }).default("csv")

export const AdminListSettlementsQuery = z
  .object({ period: periodCode.optional(), status: z.enum(["draft", "confirmed", "paid"], { message: "status는 draft, confirmed, paid 중 하나여야 합니다" }).optional() })
  .strict()
export type AdminListSettlementsQueryType = z.infer<typeof AdminListSettlementsQuery>

export const AdminSettlementTransfersQuery = z
  .object({ period: periodCode, format: z.enum(["csv", "xlsx"], { message: "format은 csv 또는 xlsx여야 합니다" }).optional() })
  .strict()
export type AdminSettlementTransfersQueryType = z.infer<typeof AdminSettlementTransfersQuery>

export const AdminSettlementPeriodExportQuery = z.object({ period: periodCode, format }).strict()
export type AdminSettlementPeriodExportQueryType = z.infer<typeof AdminSettlementPeriodExportQuery>

export const SettlementExportQuery = z.object({ format }).strict()
export type SettlementExportQueryType = z.infer<typeof SettlementExportQuery>

export const AdminConfirmSettlement = z.object({}).strict()
export const AdminRefreshSettlements = z.object({}).strict()

export const AdminPaySettlement = z
  .object({
    paid_on: z
      .string({ message: "이체일(paid_on)을 YYYY-MM-DD 형식으로 입력하세요" })
      .refine((v) => seoulDayStart(v) !== null, { message: "이체일(paid_on)을 YYYY-MM-DD 형식의 실제 날짜로 입력하세요" }),
    reference: z.string({ message: "이체 참조(reference)를 입력하세요" }).trim().min(1, "이체 참조(reference)를 입력하세요").max(100, "이체 참조는 100자 이하여야 합니다"),
  })
  .strict()
export type AdminPaySettlementType = z.infer<typeof AdminPaySettlement>
