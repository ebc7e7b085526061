import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { cancelOverdueBankTransfers } from "../../backend/workflows/bank-transfer/cancel-overdue"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders } from "./utils/admin"
import { completeCart, prepareCart } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"

type Payment = { id: string; provider_id: string; captured_at: string | null; canceled_at: string | null; data: Record<string, string> }

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let variantId: string
  let itemId: string
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const available = async () => {
    const { data } = await query().graph({ entity: "stock_location", fields: ["id"] })
    return Number(await getContainer().resolve(Modules.INVENTORY).retrieveAvailableQuantity(itemId, [data[0].id]))
  }
  const orderOf = async (id: string) => {
    const { data } = await query().graph({
      entity: "order",
      fields: ["id", "status", "payment_collections.payments.*"],
      filters: { id },
    })
    const order = data[0] as unknown as { status: string; payment_collections: { payments: Payment[] }[] }
    return { status: order.status, payment: order.payment_collections[0].payments[0] }
  }
  const orderByBankTransfer = async (quantity = 2) =>
    completeCart(api, key, await prepareCart(api, key, regionId, [{ variant_id: variantId, quantity }], BANK_TRANSFER_PROVIDER_ID))

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    const { data } = await query().graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { sku: "NCG-JABAN-1" },
    })
    variantId = data[0].id
    itemId = (data[0].inventory_items as { inventory_item_id: string }[])[0].inventory_item_id
  })

  describe("무통장입금", () => {
    it("places the order awaiting payment, with the account and a deadline", async () => {
      const before = Date.now()
      const order = await orderByBankTransfer()
      const { status, payment } = await orderOf(order.id)
      expect(status).toBe("pending")
      expect(payment.provider_id).toBe(BANK_TRANSFER_PROVIDER_ID)
      expect(payment.captured_at).toBeNull()
      expect(payment.data.account_number).toBeTruthy()
      expect(payment.data.bank_name).toBeTruthy()
      const hours = (new Date(payment.data.deadline).getTime() - before) / 3600_000
      expect(hours).toBeGreaterThan(71.9)
      expect(hours).toBeLessThan(72.1)
    })

    it("cancels unpaid orders after the deadline and releases their stock, never paid ones", async () => {
      const stock = await available()
      const unpaid = await orderByBankTransfer(2)
      const paid = await orderByBankTransfer(1)
      expect(await available()).toBe(stock - 3)

      const admin = await adminHeaders(api)
      await api.post(`/admin/payments/${(await orderOf(paid.id)).payment.id}/capture`, {}, admin)
      expect((await orderOf(paid.id)).payment.captured_at).toBeTruthy()

      expect(await cancelOverdueBankTransfers(getContainer(), new Date())).toEqual([])
      const later = new Date(Date.now() + 73 * 3600_000)
      const canceled = await cancelOverdueBankTransfers(getContainer(), later)
      expect(canceled).toContain(unpaid.id)
      expect(canceled).not.toContain(paid.id)
      expect((await orderOf(unpaid.id)).status).toBe("canceled")
      expect((await orderOf(paid.id)).status).not.toBe("canceled")
      expect(await available()).toBe(stock - 1)
    })
  })
})
