import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { SETTLEMENT_ERRORS } from "../../../modules/settlement/utils/messages"
import { periodRange } from "../../../modules/settlement/utils/periods"

export const validateStatementConfirmableStepId = "validate-statement-confirmable"

/**
 * A draft may be locked once its period has ended, and only after the maker's earlier
 * statements: a negative balance has to be known before it is carried into this one.
 */
export const validateStatementConfirmableStep = createStep(
  validateStatementConfirmableStepId,
  async ({ id, now }: { id: string; now?: Date | string }, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const [statement] = await settlement.listSettlementStatements({ id }, { select: ["id", "maker_id", "period_code", "status"] })
    if (!statement) throw new MedusaError(MedusaError.Types.NOT_FOUND, SETTLEMENT_ERRORS.notFound)
    if (statement.status !== "draft") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, SETTLEMENT_ERRORS.notDraft)
    const at = now ? new Date(now) : new Date()
    const { gte, lt } = periodRange(statement.period_code)
    if (lt > at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, SETTLEMENT_ERRORS.periodOpen(statement.period_code))
    const drafts = await settlement.listSettlementStatements({ maker_id: statement.maker_id, status: "draft" }, { select: ["period_code"] })
    const earlier = drafts.map((d) => d.period_code).filter((c) => periodRange(c).gte < gte).sort()
    if (earlier.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, SETTLEMENT_ERRORS.earlierOpen(earlier[0]))
    return new StepResponse(statement.id)
  }
)
