import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_APPROVAL_MODULE } from "../../../modules/listing-approval"
import type ListingApprovalModuleService from "../../../modules/listing-approval/service"
import type { ListingContent } from "../types"

export const upsertListingRevisionStepId = "upsert-listing-revision"

export type UpsertListingRevisionInput = {
  product_id: string
  maker_id: string
  member_id?: string | null
  kind: "new" | "edit"
  changes?: ListingContent | null
  previous?: ListingContent | null
}

type Undo = { created?: string; restored?: { id: string; changes: unknown; previous: unknown; member_id: string | null } }

/**
 * Opens a pending request, or merges new changes into the product's open one (one pending edit
 * per product, so staff never approve a stale half). Compensation deletes or restores it.
 */
export const upsertListingRevisionStep = createStep(
  upsertListingRevisionStepId,
  async (input: UpsertListingRevisionInput, { container }) => {
    const service = container.resolve<ListingApprovalModuleService>(LISTING_APPROVAL_MODULE)
    const [open] = await service.listListingRevisions({ product_id: input.product_id, kind: input.kind, status: "pending" })
    if (open) {
      const merged = { ...((open.changes as ListingContent | null) ?? {}), ...(input.changes ?? {}) }
      // the live values of a field seen for the first time join the side-by-side view (earlier ones stay)
      const previous = { ...(input.previous ?? {}), ...((open.previous as ListingContent | null) ?? {}) }
      await service.updateListingRevisions({ id: open.id, changes: merged, previous, member_id: input.member_id ?? open.member_id })
      return new StepResponse({ id: open.id }, { restored: { id: open.id, changes: open.changes, previous: open.previous, member_id: open.member_id } } as Undo)
    }
    const created = await service.createListingRevisions({
      product_id: input.product_id,
      maker_id: input.maker_id,
      member_id: input.member_id ?? null,
      kind: input.kind,
      changes: (input.changes ?? null) as Record<string, unknown> | null,
      previous: (input.previous ?? null) as Record<string, unknown> | null,
    })
    return new StepResponse({ id: created.id }, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ListingApprovalModuleService>(LISTING_APPROVAL_MODULE)
    if (undo.created) await service.deleteListingRevisions(undo.created)
    if (undo.restored) {
      await service.updateListingRevisions({
        id: undo.restored.id,
        changes: undo.restored.changes as Record<string, unknown> | null,
        previous: undo.restored.previous as Record<string, unknown> | null,
        member_id: undo.restored.member_id,
      })
    }
  }
)
