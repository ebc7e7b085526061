import { z } from "@medusajs/framework/zod"
import { CARRIER_CODES } from "../../../lib/shipping/carriers"
import { pagingSchema } from "../../utils/list-query"

export const SellerListOrdersQuery = z
  .object({
    status: z.enum(["awaiting", "shipped", "confirmed", "canceled"], { message: "status는 awaiting, shipped, confirmed, canceled 중 하나여야 합니다" }).optional(),
    ...pagingSchema,
  })
  .strict()
export type SellerListOrdersQueryType = z.infer<typeof SellerListOrdersQuery>

export const SellerShipParcel = z
  .object({
    carrier: z.enum(CARRIER_CODES, { message: `택배사(carrier)는 ${CARRIER_CODES.join(", ")} 중 하나여야 합니다.` }),
    tracking_number: z.string().max(40, "송장번호는 40자 이하로 입력해 주세요.").nullable().optional(),
  })
  .strict()
export type SellerShipParcelType = z.infer<typeof SellerShipParcel>

/** JSON `{ csv }`; a `text/csv` body arrives as the string itself (see middlewares.ts). */
export const SellerBulkShip = z
  .object({ csv: z.string({ message: "csv 항목에 주문번호,택배사,송장번호 CSV 내용을 넣어 주세요." }).min(1, "CSV 내용이 비어 있습니다.").max(200_000, "CSV가 너무 큽니다. 500행 이하로 나눠 올려 주세요.") })
  .strict()
export type SellerBulkShipType = z.infer<typeof SellerBulkShip>
