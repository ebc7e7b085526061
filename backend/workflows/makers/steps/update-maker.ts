import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import type { CertificationInput, MakerInput } from "../types"

export const updateMakerStepId = "update-maker"

type Undo = { id: string; previous: Record<string, unknown>; certifications?: CertificationInput[] }

async function replaceCertifications(makers: MakersModuleService, makerId: string, next: CertificationInput[]) {
  const existing = await makers.listMakerCertifications({ maker_id: makerId })
  if (existing.length) await makers.deleteMakerCertifications(existing.map((c) => c.id))
  if (next.length) await makers.createMakerCertifications(next.map((c) => ({ ...c, maker_id: makerId })))
}

/**
 * Updates the given maker fields (and replaces its certifications when given); the
 * compensation restores the previous values and certifications.
 */
export const updateMakerStep = createStep(
  updateMakerStepId,
  async (input: { id: string; data: Partial<MakerInput> }, { container }) => {
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const before = await makers.retrieveMaker(input.id, { relations: ["certifications"] })
    const { certifications, ...fields } = input.data
    const previous = Object.fromEntries(Object.keys(fields).map((k) => [k, (before as Record<string, unknown>)[k]]))
    const undo: Undo = { id: input.id, previous }

    const updated = await makers.updateMakers({ id: input.id, ...fields })
    if (certifications) {
      undo.certifications = before.certifications.map((c) => ({
        name: c.name,
        number: c.number,
        valid_until: c.valid_until,
      }))
      await replaceCertifications(makers, input.id, certifications)
    }
    return new StepResponse(updated, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.updateMakers({ id: undo.id, ...undo.previous })
    if (undo.certifications) await replaceCertifications(makers, undo.id, undo.certifications)
  }
)
