import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findParcelsDueForConfirmationStepId = "find-parcels-due-for-confirmation"

export const DEFAULT_AUTO_CONFIRM_DAYS = 7

/** JAHWAL_AUTO_CONFIRM_DAYS (whole days ≥ 1), else 7. */
export function autoConfirmDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.JAHWAL_AUTO_CONFIRM_DAYS)
  return Number.isInteger(days) && days >= 1 ? days : DEFAULT_AUTO_CONFIRM_DAYS
}

/** Parcels shipped at least `days` days before `now` and not yet confirmed. Reads only. */
export const findParcelsDueForConfirmationStep = createStep(
  findParcelsDueForConfirmationStepId,
  async (input: { now: Date | string; days: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cutoff = new Date(new Date(input.now).getTime() - input.days * 24 * 60 * 60 * 1000)
    const { data } = await query.graph({ entity: "parcel", fields: ["id"], filters: { status: "shipped", shipped_at: { $lte: cutoff } } })
    return new StepResponse((data as { id: string }[]).map((p) => p.id))
  }
)
