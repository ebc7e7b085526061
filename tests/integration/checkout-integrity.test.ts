import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, beforeEach, describe, expect, it } from "vitest"
import { ADDRESS_ERRORS } from "../../backend/lib/korean/address"
import { PHONE_ERROR, POSTAL_CODE_ERROR } from "../../backend/lib/korean/contact"
import { CHECKOUT_ERRORS } from "../../backend/api/store/carts/korean-checkout-errors"
import { EMAIL_ERROR, QUANTITY_ERRORS } from "../../backend/api/store/carts/validators"
import { seedAll } from "../../seed/seed-all"
import { responseOf } from "./utils/admin"
import { prepareCart } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"

const ROUNDS = 3

const address = {
  first_name: "홍길동",
  last_name: "",
  address_1: "광주광역시 서구 죽봉대로 38번길 25",
  address_2: "3층",
  city: "광주광역시",
  postal_code: "61947",
  country_code: "kr",
  phone: "010-1234-5678",
}

type CompleteResponse = { status: number; data: { type?: string; order?: { id: string }; error?: { message: string }; message?: string } }

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let store: { headers: Record<string, string> }
  let variantId: string
  let itemId: string
  let locationId: string

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const inventory = () => getContainer().resolve(Modules.INVENTORY)
  const orderCount = async () => (await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"], take: null })).length
  const ordersOfCart = async (cartId: string) => {
    const { data } = await query().graph({ entity: "cart", fields: ["id", "order.id"], filters: { id: cartId } })
    return (data[0] as { order?: { id: string } | null }).order ? 1 : 0
  }
  const level = async () => (await inventory().listInventoryLevels({ inventory_item_id: itemId, location_id: locationId }))[0]
  /** Leaves exactly `units` available to sell at the only stock location. */
  const setAvailable = async (units: number) => {
    const current = await level()
    await inventory().updateInventoryLevels([
      { inventory_item_id: itemId, location_id: locationId, stocked_quantity: Number(current.reserved_quantity) + units },
    ])
  }
  const available = async () => Number(await inventory().retrieveAvailableQuantity(itemId, [locationId]))
  /**
   * Waits until no workflow is still running: a losing completion may still be undoing its order
   * (slow on a loaded machine), and the invariants hold for the settled state. Returns what is
   * still not settled after 90 s. Medusa's engine can leave a stored execution of a losing
   * completion at `waiting_to_compensate` for good when its parallel steps (links, cart update,
   * reservation, event) finish at the same instant and an older checkpoint is written last (seen
   * once in CI on a loaded machine; medusajs/medusa#13645 names the race). Whether its work was
   * undone is what matters to a customer, so the caller checks the carts, orders and stock, which
   * fail on anything left behind; the stuck records are printed for the log.
   */
  const reportedStuck = new Set<string>()
  const workflowsSettled = async (): Promise<string[]> => {
    const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
    let running: { workflow_id: string; transaction_id: string; state: string }[] = []
    for (let i = 0; i < 180; i++) {
      const listed: typeof running = await engine.listWorkflowExecutions({ state: { $nin: ["not_started", "done", "reverted", "failed"] } })
      // one reported in an earlier round stays stuck: only new ones are waited for
      running = listed.filter((w) => !reportedStuck.has(w.transaction_id))
      if (!running.length) return []
      await new Promise((r) => setTimeout(r, 500))
    }
    for (const w of running) reportedStuck.add(w.transaction_id)
    const stuck = running.map((w) => `${w.workflow_id} ${w.transaction_id} (${w.state})`)
    console.warn(`workflow executions not settled after 90 s (checked through their effects): ${stuck.join(", ")}`)
    return stuck
  }
  const completedAt = async (cartId: string) => {
    const { data } = await query().graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: cartId } })
    return (data[0] as { completed_at?: string | null }).completed_at ?? null
  }
  const complete = (cartId: string) => responseOf(api.post(`/store/carts/${cartId}/complete`, {}, store)) as Promise<CompleteResponse>

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    store = { headers: { "x-publishable-api-key": key } }
    const { data } = await query().graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { sku: "NCG-JEONJANG-1" },
    })
    variantId = data[0].id
    itemId = (data[0].inventory_items as { inventory_item_id: string }[])[0].inventory_item_id
    const { data: locations } = await query().graph({ entity: "stock_location", fields: ["id"] })
    locationId = locations[0].id
  })

  describe("the last unit", () => {
    it(`goes to exactly one of five carts completing at once (${ROUNDS} rounds)`, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        await setAvailable(5)
        const carts: string[] = []
        for (let i = 0; i < 5; i++) carts.push(await prepareCart(api, key, regionId, [{ variant_id: variantId, quantity: 1 }]))
        await setAvailable(1)
        const before = await orderCount()

        const results = await Promise.all(carts.map(complete))
        await workflowsSettled()
        const outcome = results.map((r) => `${r.status} ${r.data.type ?? ""} ${r.data.error?.message ?? r.data.message ?? ""}`).join("\n")
        const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
        const failures = results.filter((r) => !(r.status === 200 && r.data.type === "order"))
        expect(orders, outcome).toHaveLength(1)
        expect(await orderCount(), outcome).toBe(before + 1)
        for (const failure of failures) {
          expect(failure.status, outcome).toBe(400)
          expect(failure.data.message, outcome).toBe(CHECKOUT_ERRORS.outOfStock)
        }
        expect(await available()).toBe(0)
        // the losers' carts are open again (a completion that was not undone would leave its cart
        // completed without an order), and only the winner's cart has an order
        let withOrder = 0
        for (const cartId of carts) {
          const hasOrder = await ordersOfCart(cartId)
          withOrder += hasOrder
          if (!hasOrder) expect(await completedAt(cartId), outcome).toBeNull()
        }
        expect(withOrder, outcome).toBe(1)
        // and no loser got as far as an order it then had to undo: each was refused on the stock
        // before Medusa's workflow ran (backend/api/store/carts/hold-cart-stock.ts)
        const undone = await getContainer().resolve(Modules.WORKFLOW_ENGINE).listWorkflowExecutions({ workflow_id: "complete-cart", state: { $ne: "done" } })
        expect(undone.map((w: { state: string }) => w.state), outcome).toEqual([])
        const { reserved_quantity, stocked_quantity } = await level()
        expect(Number(stocked_quantity) - Number(reserved_quantity)).toBeGreaterThanOrEqual(0)
      }
    }, 600_000)
  })

  describe("the same cart completed twice at once", () => {
    it(`places one order (${ROUNDS} rounds)`, async () => {
      await setAvailable(20)
      for (let round = 0; round < ROUNDS; round++) {
        const cartId = await prepareCart(api, key, regionId, [{ variant_id: variantId, quantity: 2 }])
        const before = await orderCount()
        const stock = await available()

        const [first, second] = await Promise.all([complete(cartId), complete(cartId)])
        await workflowsSettled()
        const placed = [first, second].filter((r) => r.status === 200 && r.data.type === "order").map((r) => r.data.order!.id)
        expect(placed.length).toBeGreaterThanOrEqual(1)
        expect(new Set(placed).size).toBe(1)
        expect(await orderCount()).toBe(before + 1)
        expect(await ordersOfCart(cartId)).toBe(1)
        expect(await available()).toBe(stock - 2)

        // and a late third attempt returns the same order
        const again = await complete(cartId)
        if (again.data.type === "order") expect(again.data.order!.id).toBe(placed[0])
        expect(await orderCount()).toBe(before + 1)
      }
    }, 600_000)
  })

  describe("Korean 400s for bad input", () => {
    let cartId: string
    // Medusa's runner restores the database before every test, so each test gets a fresh cart
    beforeEach(async () => {
      const { data } = await api.post("/store/carts", { region_id: regionId }, store)
      cartId = data.cart.id
    })
    const expect400 = async (promise: Promise<unknown>, message: string) => {
      const res = await responseOf(promise)
      expect(res.status).toBe(400)
      expect(res.data).toEqual({ type: "invalid_data", message })
    }
    const updateCart = (body: unknown) => api.post(`/store/carts/${cartId}`, body, store)

    it("rejects a bad phone, a 6-digit postal code, a missing 수령인 or 기본주소, a foreign country", async () => {
      await expect400(updateCart({ shipping_address: { ...address, phone: "02-123-4567" } }), PHONE_ERROR)
      await expect400(updateCart({ shipping_address: { ...address, postal_code: "123-456" } }), POSTAL_CODE_ERROR)
      await expect400(updateCart({ shipping_address: { ...address, postal_code: "123456" } }), POSTAL_CODE_ERROR)
      await expect400(updateCart({ shipping_address: { ...address, first_name: " " } }), ADDRESS_ERRORS.recipient)
      const { first_name: _omit, ...noRecipient } = address
      await expect400(updateCart({ shipping_address: noRecipient }), ADDRESS_ERRORS.recipient)
      await expect400(updateCart({ shipping_address: { ...address, address_1: "" } }), ADDRESS_ERRORS.address)
      await expect400(updateCart({ billing_address: { ...address, country_code: "us" } }), ADDRESS_ERRORS.country)
      await expect400(api.post("/store/carts", { region_id: regionId, shipping_address: { ...address, phone: "1234" } }, store), PHONE_ERROR)
    })

    it("stores a valid address with the phone normalized", async () => {
      const { data } = await updateCart({ shipping_address: { ...address, phone: "01098765432" } })
      expect(data.cart.shipping_address).toMatchObject({ first_name: "홍길동", phone: "010-9876-5432", postal_code: "61947" })
    })

    it("rejects a malformed email", async () => {
      await expect400(updateCart({ email: "not-an-email" }), EMAIL_ERROR)
      await expect400(api.post("/store/carts", { region_id: regionId, email: "a@b" }, store), EMAIL_ERROR)
      const { data } = await updateCart({ email: "buyer@example.kr" })
      expect(data.cart.email).toBe("buyer@example.kr")
    })

    it("accepts quantities 1..99 when adding and 0..99 when changing, whole numbers only", async () => {
      const add = (quantity: unknown) => api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, store)
      for (const quantity of [0, 100, -1, 1.5, "2", undefined]) await expect400(add(quantity), QUANTITY_ERRORS.add)
      await expect400(api.post("/store/carts", { region_id: regionId, items: [{ variant_id: variantId, quantity: 100 }] }, store), QUANTITY_ERRORS.add)
      const { data } = await add(1)
      const lineId = data.cart.items[0].id
      const change = (quantity: unknown) => api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, store)
      for (const quantity of [100, -1, 2.5]) await expect400(change(quantity), QUANTITY_ERRORS.update)
      expect((await change(3)).data.cart.items[0].quantity).toBe(3)
    })

    it("holds a customer's saved addresses to the same rules", async () => {
      const email = "address-book@example.kr"
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-1234" })
      const auth = { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } }
      await api.post("/store/customers", { email, first_name: "주소" }, auth)
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "secret-1234" })
      const member = { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }

      await expect400(api.post("/store/customers/me/addresses", { ...address, postal_code: "6194" }, member), POSTAL_CODE_ERROR)
      await expect400(api.post("/store/customers/me/addresses", { ...address, phone: "010-12-34" }, member), PHONE_ERROR)
      const { data } = await api.post("/store/customers/me/addresses", { ...address, phone: "010 5555 6666" }, member)
      const saved = data.customer.addresses[0]
      expect(saved).toMatchObject({ first_name: "홍길동", phone: "010-5555-6666" })
      await expect400(api.post(`/store/customers/me/addresses/${saved.id}`, { first_name: "" }, member), ADDRESS_ERRORS.recipient)
      const { data: updated } = await api.post(`/store/customers/me/addresses/${saved.id}`, { address_2: "4층" }, member)
      expect(updated.customer.addresses[0]).toMatchObject({ address_2: "4층", phone: "010-5555-6666" })
    })
  })
})
