import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findOrderParcelsStepId = "find-order-parcels"

/** The ids of an order's parcels. Reads only. */
export const findOrderParcelsStep = createStep(findOrderParcelsStepId, async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "parcel", fields: ["id"], filters: { order_id: input.order_id } })
  return new StepResponse((data as { id: string }[]).map((p) => p.id))
})
