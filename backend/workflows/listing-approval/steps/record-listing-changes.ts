import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_APPROVAL_MODULE } from "../../../modules/listing-approval"
import type ListingApprovalModuleService from "../../../modules/listing-approval/service"

export const recordListingChangesStepId = "record-listing-changes"

export type ListingChange = {
  product_id: string
  variant_id: string
  maker_id: string
  member_id?: string | null
  field: "price" | "stock" | "tier_prices"
  old_value: unknown
  new_value: unknown
}

/** Writes price/stock change log rows; compensation deletes exactly those rows. */
export const recordListingChangesStep = createStep(
  recordListingChangesStepId,
  async (changes: ListingChange[], { container }) => {
    if (!changes.length) return new StepResponse([] as string[], [] as string[])
    const service = container.resolve<ListingApprovalModuleService>(LISTING_APPROVAL_MODULE)
    const created = await service.createListingChangeLogs(
      changes.map((c) => ({ ...c, member_id: c.member_id ?? null, old_value: c.old_value as Record<string, unknown> | null, new_value: c.new_value as Record<string, unknown> | null }))
    )
    const ids = created.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<ListingApprovalModuleService>(LISTING_APPROVAL_MODULE).deleteListingChangeLogs(ids)
  }
)
