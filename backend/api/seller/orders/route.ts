import type { MedusaResponse } from "@medusajs/framework/http"
import { CARRIERS } from "../../../lib/shipping/carriers"
import { PARCEL_FIELDS, type ParcelRecord } from "../../../lib/shipping/parcel-view"
import { sellerParcels } from "../scope"
import type { SellerRequest } from "../types"
import type { SellerListOrdersQueryType } from "./validators"
import { sellerOrderViews } from "./views"

// the ship form's choices come from the one carrier list (lib/shipping/carriers.ts)
const CARRIER_CHOICES = CARRIERS.map(({ code, name, requires_tracking }) => ({ code, name, requires_tracking }))

/** 발송 대기 / 발송 완료 / 구매확정 / 취소: this maker's parcels of paid orders, newest first, and the carriers to choose from. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as SellerListOrdersQueryType
  const { parcels, count } = await sellerParcels(req, { fields: PARCEL_FIELDS, status, skip: offset, take: limit })
  res.json({ orders: await sellerOrderViews(req, parcels as unknown as ParcelRecord[]), count, limit, offset, carriers: CARRIER_CHOICES })
}
