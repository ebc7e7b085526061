import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { SETTLEMENT_ERRORS } from "../../../modules/settlement/utils/messages"

export const markStatementPaidStepId = "mark-statement-paid"

export type MarkStatementPaidInput = { id: string; paid_on: string; reference: string; actor_id: string }

/** 지급 완료: the transfer date and its reference (이체 확인번호, 메모) on a confirmed statement. */
export const markStatementPaidStep = createStep(
  markStatementPaidStepId,
  async (input: MarkStatementPaidInput, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const [statement] = await settlement.listSettlementStatements({ id: input.id }, { select: ["id", "status"] })
    if (!statement) throw new MedusaError(MedusaError.Types.NOT_FOUND, SETTLEMENT_ERRORS.notFound)
    if (statement.status !== "confirmed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, SETTLEMENT_ERRORS.notConfirmed)
    await settlement.updateSettlementStatements({
      id: input.id, status: "paid", paid_on: input.paid_on, transfer_reference: input.reference, paid_at: new Date(), paid_by: input.actor_id,
    })
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    await settlement.updateSettlementStatements({ id, status: "confirmed", paid_on: null, transfer_reference: null, paid_at: null, paid_by: null })
  }
)
