import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PARCEL_ERRORS } from "../../../lib/shipping/parcel-errors"
import { PARCEL_FIELDS, type ParcelRecord } from "../../../lib/shipping/parcel-view"
import { findOwnOrderOr404 } from "../scope"
import type { SellerRequest } from "../types"
import { sellerOrderViews } from "./views"

/**
 * Runs before the body is validated, so another maker's order is a 404 whatever the body says
 * (a 400 about the body would tell that the order exists).
 */
export async function requireOwnOrder(req: SellerRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await findOwnOrderOr404(req, req.params.id)
  next()
}

/** The parcel of an own paid order, or the Korean reason there is none yet (unpaid, canceled). */
export async function ownParcelOr400(req: SellerRequest): Promise<ParcelRecord> {
  const { parcel } = await findOwnOrderOr404(req, req.params.id, PARCEL_FIELDS)
  if (parcel) return parcel as unknown as ParcelRecord
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["status"], filters: { id: req.params.id } })
  const canceled = (data[0] as { status?: string } | undefined)?.status === "canceled"
  throw new MedusaError(MedusaError.Types.INVALID_DATA, canceled ? PARCEL_ERRORS.orderCanceled : PARCEL_ERRORS.unpaid)
}

/** The seller's view of an own paid order; an unpaid one is not shown (no address before payment). */
export async function ownOrderView(req: SellerRequest) {
  const { parcel } = await findOwnOrderOr404(req, req.params.id, PARCEL_FIELDS)
  const [view] = parcel ? await sellerOrderViews(req, [parcel as unknown as ParcelRecord]) : []
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, PARCEL_ERRORS.paidOnly)
  return view
}
