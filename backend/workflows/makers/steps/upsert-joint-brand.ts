import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import type { JointBrandInput } from "../types"

export const createJointBrandStepId = "create-joint-brand"
export const updateJointBrandStepId = "update-joint-brand"

function toFields({ member_ids, ...fields }: Partial<JointBrandInput>) {
  return member_ids === undefined ? fields : { ...fields, members: [...new Set(member_ids)] }
}

export const createJointBrandStep = createStep(
  createJointBrandStepId,
  async (data: JointBrandInput, { container }) => {
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const brand = await makers.createJointBrands(toFields(data) as JointBrandInput)
    return new StepResponse(brand, brand.id)
  },
  async (id, { container }) => {
    if (!id) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.deleteJointBrands(id)
  }
)

/** Updates a brand (and its member list when given); the compensation restores both. */
export const updateJointBrandStep = createStep(
  updateJointBrandStepId,
  async (input: { id: string; data: Partial<JointBrandInput> }, { container }) => {
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const before = await makers.retrieveJointBrand(input.id, { relations: ["members"] })
    const fields = toFields(input.data)
    const previous: Record<string, unknown> = Object.fromEntries(
      Object.keys(fields)
        .filter((k) => k !== "members")
        .map((k) => [k, (before as Record<string, unknown>)[k]])
    )
    if ("members" in fields) previous.members = before.members.map((m) => m.id)
    const updated = await makers.updateJointBrands({ id: input.id, ...fields })
    return new StepResponse(updated, { id: input.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.updateJointBrands({ id: undo.id, ...undo.previous })
  }
)
