import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARCEL_ERRORS } from "../../../lib/shipping/parcel-errors"

export const validateParcelConfirmationStepId = "validate-parcel-confirmation"

/** A customer (or staff) confirms a parcel of this order that is on its way; anything else is a Korean 400/404. */
export const validateParcelConfirmationStep = createStep(
  validateParcelConfirmationStepId,
  async (input: { order_id: string; parcel_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "parcel", fields: ["id", "status"], filters: { id: input.parcel_id, order_id: input.order_id } })
    const parcel = data[0] as { id: string; status: string } | undefined
    if (!parcel) throw new MedusaError(MedusaError.Types.NOT_FOUND, PARCEL_ERRORS.parcelNotFound)
    if (parcel.status === "confirmed") throw new MedusaError(MedusaError.Types.INVALID_DATA, PARCEL_ERRORS.alreadyConfirmed)
    if (parcel.status !== "shipped") throw new MedusaError(MedusaError.Types.INVALID_DATA, PARCEL_ERRORS.notShipped)
    return new StepResponse(parcel.id)
  }
)
