import type { MedusaResponse } from "@medusajs/framework/http"
import { shipParcelWorkflow } from "../../../../../workflows/shipments/workflows/ship-parcel"
import { sellerOf } from "../../../scope"
import type { SellerRequest } from "../../../types"
import { ownOrderView, ownParcelOr400 } from "../../own-order"
import type { SellerShipParcelType } from "../../validators"

/** 발송 처리: carrier and 송장번호 for this maker's parcel (Medusa fulfillment + shipment), then the 발송 안내 mail. */
export async function POST(req: SellerRequest<SellerShipParcelType>, res: MedusaResponse) {
  const parcel = await ownParcelOr400(req)
  const { carrier, tracking_number } = req.validatedBody
  await shipParcelWorkflow(req.scope).run({ input: { parcel_id: parcel.id, maker_id: sellerOf(req).maker_id, carrier, tracking_number } })
  res.json({ order: await ownOrderView(req) })
}
