import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTIONS_MODULE } from "../../../modules/institutions"
import type InstitutionsModuleService from "../../../modules/institutions/service"
import type { PurchaseEvidenceInput } from "../types"

export const setPurchaseEvidenceStepId = "set-purchase-evidence"

const EMPTY = { business_number: null, company_name: null, representative: null, email: null, phone: null }
const FIELDS = ["kind", "business_number", "company_name", "representative", "email", "phone"] as const

type Undo = { created?: string; previous?: Record<string, unknown> & { id: string } }

/**
 * Writes the cart's 증빙 요청 (one row per cart, replaced whole, so a switch from 세금계산서 to
 * 현금영수증 leaves no stale field); undo deletes the new row or writes the previous values back.
 */
export const setPurchaseEvidenceStep = createStep(
  setPurchaseEvidenceStepId,
  async ({ cart_id, customer_id, evidence }: { cart_id: string; customer_id: string; evidence: PurchaseEvidenceInput }, { container }) => {
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    const values = { ...EMPTY, ...evidence }
    const [existing] = await service.listPurchaseEvidences({ cart_id }, { take: 1 })
    if (existing) {
      const updated = await service.updatePurchaseEvidences({ id: existing.id, customer_id, ...values })
      const previous = { id: existing.id, customer_id: existing.customer_id, ...Object.fromEntries(FIELDS.map((f) => [f, existing[f]])) }
      return new StepResponse(updated, { previous } as Undo)
    }
    const created = await service.createPurchaseEvidences({ cart_id, customer_id, ...values })
    return new StepResponse(created, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    if (undo.created) await service.deletePurchaseEvidences(undo.created)
    if (undo.previous) await service.updatePurchaseEvidences(undo.previous)
  }
)
