import { describe, expect, it } from "vitest"
import { bankTransferOptionsFromEnv, transferInstructions } from "../../backend/modules/bank-transfer/options"
import { BANK_TRANSFER_PROVIDER_ID, isOverdueBankTransfer } from "../../backend/workflows/bank-transfer/overdue"

const deadline = "2026-11-26T03:00:00.000Z"
const order = (payment: Record<string, unknown>, status = "pending") => ({
  id: "order_1",
  status,
  payment_collections: [{ payments: [{ provider_id: BANK_TRANSFER_PROVIDER_ID, captured_at: null, canceled_at: null, data: { deadline }, ...payment }] }],
})

describe("무통장입금", () => {
  it("gives the account and a deadline deadline_hours after now", () => {
    const options = bankTransferOptionsFromEnv({ JAHWAL_LOCAL_SHOP: "1", BANK_TRANSFER_DEADLINE_HOURS: "48" })
    const info = transferInstructions(options, new Date("2026-11-23T03:00:00Z"))
    expect(info.deadline).toBe("2026-11-25T03:00:00.000Z")
    expect(info.account_number).toBeTruthy()
  })

  it("an order is overdue only when open, unpaid by transfer and past its deadline", () => {
    const after = new Date("2026-11-26T03:00:01Z")
    const before = new Date("2026-11-26T02:59:59Z")
    expect(isOverdueBankTransfer(order({}), after)).toBe(true)
    expect(isOverdueBankTransfer(order({}), before)).toBe(false)
    expect(isOverdueBankTransfer(order({ captured_at: "2026-11-24T00:00:00Z" }), after)).toBe(false)
    expect(isOverdueBankTransfer(order({ provider_id: "pp_system_default" }), after)).toBe(false)
    expect(isOverdueBankTransfer(order({}, "canceled"), after)).toBe(false)
    expect(isOverdueBankTransfer(order({ data: {} }), after)).toBe(false)
  })
})
