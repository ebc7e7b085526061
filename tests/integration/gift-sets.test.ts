import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { readKitCompositions } from "../../backend/workflows/gift-sets/read-kit-compositions"
import { buildLineAttributions } from "../../backend/workflows/attribution/build-line-attributions"
import { products } from "../../seed/data/products"
import { seedAll } from "../../seed/seed-all"
import { CHECKOUT_ERRORS } from "../../backend/api/store/carts/korean-checkout-errors"
import { adminHeaders, responseOf } from "./utils/admin"
import { placeOrder, prepareCart } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"

const giftSets = products.filter((p) => p.category === "gift-sets")

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  let locationId: string

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const inventory = () => getContainer().resolve(Modules.INVENTORY)

  async function variantBySku(sku: string) {
    const { data } = await query().graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { sku },
    })
    return data[0] as unknown as { id: string; inventory_items: { inventory_item_id: string; required_quantity: number }[] }
  }
  const available = async (itemId: string) => Number(await inventory().retrieveAvailableQuantity(itemId, [locationId]))
  const levelOf = async (itemId: string) => (await inventory().listInventoryLevels({ inventory_item_id: itemId, location_id: locationId }))[0]

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    const { data } = await query().graph({ entity: "stock_location", fields: ["id"] })
    locationId = data[0].id
  })

  describe("gift sets are inventory kits", () => {
    it("ordering sets takes quantity × required units of each component; cancelling gives them back", async () => {
      const set = await variantBySku("NCG-GIFT-SET")
      expect(set.inventory_items.map((i) => i.required_quantity).sort()).toEqual([4, 4, 5])
      const before = new Map(await Promise.all(set.inventory_items.map(async (i) => [i.inventory_item_id, await available(i.inventory_item_id)] as const)))

      const order = await placeOrder(api, key, regionId, [{ variant_id: set.id, quantity: 3 }])
      for (const i of set.inventory_items) {
        expect(await available(i.inventory_item_id)).toBe(before.get(i.inventory_item_id)! - 3 * i.required_quantity)
      }

      const admin = await adminHeaders(api)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      for (const i of set.inventory_items) expect(await available(i.inventory_item_id)).toBe(before.get(i.inventory_item_id))
    }, 300_000)

    it("shows a set as sold out when one component runs out", async () => {
      const set = await variantBySku("NCG-GIFT-SET")
      const flakes = set.inventory_items.find((i) => i.required_quantity === 4)!
      const level = await levelOf(flakes.inventory_item_id)
      await inventory().updateInventoryLevels([
        { inventory_item_id: flakes.inventory_item_id, location_id: locationId, stocked_quantity: Number(level.reserved_quantity) + 3 },
      ])
      const headers = { headers: { "x-publishable-api-key": key } }
      const { data } = await api.get(
        `/store/products?handle=naechingu-gim-gift-set&fields=*variants,+variants.inventory_quantity`,
        headers
      )
      expect(data.products[0].variants[0].inventory_quantity).toBe(0)
    })

    it("never oversells: concurrent checkouts for a set with stock for N sets yield exactly N orders", async () => {
      const set = await variantBySku("NCG-GIFT-SET")
      const limiting = set.inventory_items.find((i) => i.required_quantity === 5)!
      const N = 3
      const level = await levelOf(limiting.inventory_item_id)
      await inventory().updateInventoryLevels([
        { inventory_item_id: limiting.inventory_item_id, location_id: locationId, stocked_quantity: Number(level.reserved_quantity) + N * 5 + 4 },
      ])
      const carts = []
      for (let i = 0; i < 7; i++) carts.push(await prepareCart(api, key, regionId, [{ variant_id: set.id, quantity: 1 }]))
      const store = { headers: { "x-publishable-api-key": key } }
      type Completion = { type?: string; message?: string; error?: { message: string } }
      const complete = (cart: string) => responseOf<Completion>(api.post(`/store/carts/${cart}/complete`, {}, store))
      const isOrder = (r: { status: number; data: Completion }) => r.status === 200 && r.data.type === "order"
      const show = (r: { status: number; data: Completion }) => `${r.status} ${r.data.type ?? ""} ${r.data.error?.message ?? r.data.message ?? ""}`

      const results = await Promise.all(carts.map(complete))
      const outcome = [results.map(show).join("\n")]
      // A buyer who gets no set is told it ran out (Korean 400), or, when the stock lock stayed
      // busy past its 30 s wait (a heavily loaded machine), a Korean 409 to try again.
      let retry = carts.filter((_, i) => results[i].status === 409)
      let placed = results.filter(isOrder).length
      for (const r of results.filter((r) => !isOrder(r))) {
        expect([400, 409], outcome.join("\n")).toContain(r.status)
        if (r.status === 400) expect(r.data.message, outcome.join("\n")).toBe(CHECKOUT_ERRORS.outOfStock)
        else expect(r.data.message, outcome.join("\n")).toMatch(/[가-힣]/)
      }
      // and trying again sells until the stock is gone: N orders in all, never more
      for (let round = 0; retry.length && round < 10; round++) {
        const again: { status: number; data: Completion }[] = []
        for (const cart of retry) again.push(await complete(cart))
        outcome.push(`retry ${round + 1}: ${again.map(show).join(" | ")}`)
        placed += again.filter(isOrder).length
        for (const r of again.filter((r) => !isOrder(r) && r.status !== 409)) expect(r.data.message, outcome.join("\n")).toBe(CHECKOUT_ERRORS.outOfStock)
        retry = retry.filter((_, i) => again[i].status === 409)
      }
      expect(retry, outcome.join("\n")).toEqual([])
      expect(placed, outcome.join("\n")).toBe(N)
      expect(await available(limiting.inventory_item_id)).toBe(4)
      for (const i of set.inventory_items) expect(await available(i.inventory_item_id)).toBeGreaterThanOrEqual(0)
    }, 600_000) // seven carts filled one after another: minutes on a loaded machine
  })

  describe("bulk prices", () => {
    it("apply from the threshold quantity, not below it, and keep totals whole", async () => {
      const seed = giftSets.find((p) => p.handle === "naechingu-gim-gift-set")!.variants[0]
      const tier = seed.tiers![0]
      const set = await variantBySku("NCG-GIFT-SET")
      const headers = { headers: { "x-publishable-api-key": key } }
      for (const [quantity, unit] of [[tier.min_quantity - 1, seed.price], [tier.min_quantity, tier.price]] as const) {
        const { data } = await api.post("/store/carts", { region_id: regionId, items: [{ variant_id: set.id, quantity }] }, headers)
        const line = data.cart.items[0]
        expect(line.unit_price).toBe(unit)
        expect(data.cart.item_total).toBe(unit * quantity)
        expect(Number.isInteger(data.cart.total)).toBe(true)
      }
    })
  })

  describe("maker split", () => {
    it("every seeded set's price splits over its component makers to the won", async () => {
      const { data } = await query().graph({ entity: "product_variant", fields: ["id", "sku", "product.maker.id"], filters: { sku: giftSets.flatMap((p) => p.variants.map((v) => v.sku)) } })
      const variants = data as unknown as { id: string; sku: string; product: { maker: { id: string; handle: string; name: string } } }[]
      const compositions = await readKitCompositions(query(), variants.map((v) => v.id))
      let multiMaker = 0
      for (const v of variants) {
        const seed = giftSets.flatMap((p) => p.variants).find((s) => s.sku === v.sku)!
        const components = compositions.get(v.id)!
        expect(components.every((c) => c.unit?.maker)).toBe(true)
        const makers = new Set(components.map((c) => c.unit!.maker!.id))
        if (makers.size > 1) multiMaker++
        for (const quantity of [1, 3, 7]) {
          const rows = buildLineAttributions(
            { id: "o", created_at: new Date().toISOString(), currency_code: "krw", items: [{ id: "li", variant_id: v.id, product_id: "p", title: "t", quantity, total: seed.price * quantity }] },
            () => undefined,
            () => components.map((c) => ({ maker: c.unit!.maker!, weight: c.unit!.unit_price * c.required_quantity }))
          )
          expect(rows.reduce((s, r) => s + r.amount, 0)).toBe(seed.price * quantity)
          expect(new Set(rows.map((r) => r.maker_id))).toEqual(makers)
          for (const r of rows) expect(Number.isInteger(r.amount)).toBe(true)
        }
      }
      expect(multiMaker).toBeGreaterThanOrEqual(3)
    })

    it("a placed multi-maker set is attributed to its component makers in the report", async () => {
      const seed = giftSets.find((p) => p.handle === "sosodream-gwangju-hanareum-set")!
      const set = await variantBySku(seed.variants[0].sku)
      const order = await placeOrder(api, key, regionId, [{ variant_id: set.id, quantity: 2 }])
      const { data: rows } = await query().graph({ entity: "line_attribution", fields: ["maker_handle", "amount", "quantity"], filters: { order_id: order.id } })
      const componentMakers = new Set(
        seed.variants[0].components!.map((c) => products.find((p) => p.variants.some((v) => v.sku === c.sku))!.maker)
      )
      expect(new Set(rows.map((r) => r.maker_handle))).toEqual(componentMakers)
      expect(rows.reduce((s, r) => s + Number(r.amount), 0)).toBe(order.item_total)
    }, 300_000)
  })

  describe("composition API", () => {
    it("the store shows what a set contains, its bulk tiers and how its price is shared", async () => {
      const headers = { headers: { "x-publishable-api-key": key } }
      const { data: list } = await api.get("/store/products?handle=sosodream-gwangju-hanareum-set&fields=id", headers)
      const { data } = await api.get(`/store/products/${list.products[0].id}/composition`, headers)
      const view = data.variants[0]
      expect(view.components.length).toBeGreaterThanOrEqual(3)
      expect(view.components.every((c: { maker: { name: string } | null }) => c.maker?.name)).toBe(true)
      expect(view.tiers[0]).toEqual({ min_quantity: 30, amount: 31000 })
      expect(view.maker_split.reduce((s: number, m: { amount: number }) => s + m.amount, 0)).toBe(view.price)

      const plain = await api.get("/store/products?handle=naechingu-gim-jaban&fields=id", headers)
      const flakes = await api.get(`/store/products/${plain.data.products[0].id}/composition`, headers)
      const bySku = new Map(flakes.data.variants.map((v: { sku: string; components: unknown[] }) => [v.sku, v.components.length]))
      expect(bySku.get("NCG-JABAN-1")).toBe(0)
      expect(bySku.get("NCG-JABAN-2")).toBe(1)
    })

    it("staff replace a set's components; bad compositions are refused and change nothing", async () => {
      const admin = await adminHeaders(api)
      const set = await variantBySku("NCG-SILSOK-SET")
      const unit = await variantBySku("NCG-JEONJANG-1")
      const pack = await variantBySku("NCG-JEONJANG-3")
      const other = await variantBySku("HBG-SOAP-RICE")
      const before = await api.get(`/admin/gift-sets/${set.id}/composition`, admin)

      const bad = [
        { components: [{ variant_id: pack.id, quantity: 2 }] },
        { components: [{ variant_id: set.id, quantity: 1 }] },
        { components: [{ variant_id: unit.id, quantity: 0 }] },
        { components: [{ variant_id: unit.id, quantity: 1 }, { variant_id: unit.id, quantity: 2 }] },
        { components: [] },
      ]
      for (const body of bad) {
        const res = await api.post(`/admin/gift-sets/${set.id}/composition`, body, admin).catch((e: { response: { status: number; data: { message: string } } }) => e.response)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message).toBeTruthy()
      }
      expect((await api.get(`/admin/gift-sets/${set.id}/composition`, admin)).data).toEqual(before.data)

      const { data } = await api.post(
        `/admin/gift-sets/${set.id}/composition`,
        { components: [{ variant_id: unit.id, quantity: 4 }, { variant_id: other.id, quantity: 1 }] },
        admin
      )
      expect(data.composition.components.map((c: { quantity: number }) => c.quantity).sort()).toEqual([1, 4])
      expect(data.composition.maker_split.map((m: { maker_handle: string }) => m.maker_handle).sort()).toEqual(["haengbok-gage", "naechingu-gim"])
      const unitAvailable = await available(unit.inventory_items[0].inventory_item_id)
      const soapAvailable = await available(other.inventory_items[0].inventory_item_id)
      expect(data.composition.available_sets).toBe(Math.min(Math.floor(unitAvailable / 4), soapAvailable))
    })
  })
})
