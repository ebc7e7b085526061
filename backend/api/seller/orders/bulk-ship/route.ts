import type { MedusaResponse } from "@medusajs/framework/http"
import { parseBulkShipCsv } from "../../../../lib/shipping/bulk-ship-csv"
import { bulkShipParcelsWorkflow } from "../../../../workflows/shipments/workflows/bulk-ship-parcels"
import { sellerOf } from "../../scope"
import type { SellerRequest } from "../../types"
import type { SellerBulkShipType } from "../validators"
import { checkBulkShipRows } from "./check-rows"

/**
 * 송장 일괄 등록: a CSV of 주문번호,택배사,송장번호. Every row is checked first; if any fails,
 * nothing is applied and the answer lists each failed row (400). Otherwise all parcels ship in
 * one workflow that undoes them all if one fails.
 */
export async function POST(req: SellerRequest<SellerBulkShipType>, res: MedusaResponse) {
  const { maker_id } = sellerOf(req)
  const parsed = parseBulkShipCsv(req.validatedBody.csv)
  const checked = await checkBulkShipRows(req.scope, maker_id, parsed.rows)
  const errors = [...parsed.errors, ...checked.errors].sort((a, b) => a.row - b.row)
  if (errors.length) {
    return res.status(400).json({
      type: "invalid_data",
      message: `${errors.length}개 행에 문제가 있어 아무것도 반영하지 않았습니다. 고친 뒤 파일 전체를 다시 올려 주세요.`,
      applied: 0,
      errors,
    })
  }
  const { result } = await bulkShipParcelsWorkflow(req.scope).run({ input: { parcels: checked.parcels } })
  res.json({ applied: result.length, errors: [], parcels: result })
}
