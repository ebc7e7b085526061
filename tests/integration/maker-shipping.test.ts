import { createShippingOptionsWorkflow } from "@medusajs/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { MAKER_SHIPPING_PROVIDER_ID } from "../../backend/modules/maker-shipping/context"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"

type Group = {
  maker: { id: string; handle: string; name: string } | null
  line_item_ids: string[]
  item_subtotal: number
  shipping_fee: number
  base_fee: number
  free_shipping_threshold: number | null
  remaining_for_free_shipping: number
}
type MakerGroups = { maker_groups: Group[]; shipping_total: number }
type Cart = {
  id: string
  item_total: number
  shipping_total: number
  total: number
  items: { id: string; variant_id: string; quantity: number }[]
  shipping_methods: { id: string; amount: number; shipping_option_id: string }[]
}

runMedusa(__filename, ({ api, getContainer }) => {
  let key: string
  let regionId: string
  const variants = new Map<string, string>()
  const makerIds = new Map<string, string>()
  const store = () => ({ headers: { "x-publishable-api-key": key } })
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    const skus = ["NCG-JABAN-1", "MSR-CHEONG-LEMON-500", "SSD-HANAREUM-SET", "HBG-SOAP-RICE"]
    const { data } = await query().graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: skus } })
    for (const v of data as { id: string; sku: string }[]) variants.set(v.sku, v.id)
    const { data: makers } = await query().graph({ entity: "maker", fields: ["id", "handle"] })
    for (const m of makers as { id: string; handle: string }[]) makerIds.set(m.handle, m.id)
  })

  /** A cart with an address (so shipping options apply), filled through the Store API. */
  async function newCart(lines: [sku: string, quantity: number][]) {
    const { data } = await api.post(
      "/store/carts",
      {
        region_id: regionId,
        email: "buyer@example.kr",
        shipping_address: {
          first_name: "길동",
          last_name: "홍",
          address_1: "광주광역시 서구 죽봉대로 38번길 25",
          city: "광주광역시",
          postal_code: "61947",
          country_code: "kr",
          phone: "010-1234-5678",
        },
      },
      store()
    )
    for (const [sku, quantity] of lines) {
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variants.get(sku), quantity }, store())
    }
    return data.cart.id as string
  }
  async function parcelOption(cartId: string) {
    const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
    return data.shipping_options as { id: string; name: string; provider_id: string; price_type: string; amount: number }[]
  }
  async function chooseParcel(cartId: string): Promise<Cart> {
    const [option] = await parcelOption(cartId)
    const { data } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store())
    return data.cart
  }
  const cartOf = async (id: string): Promise<Cart> => (await api.get(`/store/carts/${id}`, store())).data.cart
  const groupsOf = async (id: string): Promise<MakerGroups> => (await api.get(`/store/carts/${id}/maker-groups`, store())).data
  const lineOf = (cart: Cart, sku: string) => cart.items.find((i) => i.variant_id === variants.get(sku))!
  const setQuantity = async (cart: Cart, sku: string, quantity: number): Promise<Cart> =>
    (await api.post(`/store/carts/${cart.id}/line-items/${lineOf(cart, sku).id}`, { quantity }, store())).data.cart
  const fees = (g: MakerGroups) => g.maker_groups.map((x) => [x.maker?.handle ?? null, x.item_subtotal, x.shipping_fee])

  /** The cart's money adds up to the won, and its shipping is the maker groups' sum. */
  async function expectConsistent(cart: Cart, shippingTotal: number) {
    const groups = await groupsOf(cart.id)
    expect(groups.shipping_total).toBe(shippingTotal)
    expect(cart.shipping_methods).toHaveLength(1)
    expect(cart.shipping_methods[0].amount).toBe(shippingTotal)
    expect(cart.shipping_total).toBe(shippingTotal)
    expect(cart.item_total + cart.shipping_total).toBe(cart.total)
    expect(groups.maker_groups.reduce((s, g) => s + g.item_subtotal, 0)).toBe(cart.item_total)
    for (const v of [cart.item_total, cart.shipping_total, cart.total]) expect(Number.isInteger(v)).toBe(true)
  }

  describe("the parcel option", () => {
    it("is one calculated option on the maker-shipping provider, priced for the cart", async () => {
      const cartId = await newCart([["NCG-JABAN-1", 1]])
      const options = await parcelOption(cartId)
      expect(options).toHaveLength(1)
      expect(options[0]).toMatchObject({ name: "택배 (업체별 배송)", provider_id: MAKER_SHIPPING_PROVIDER_ID, price_type: "calculated" })
      // The storefront shows the price before choosing, through the Store API's calculate route.
      const { data } = await api.post(`/store/shipping-options/${options[0].id}/calculate`, { cart_id: cartId }, store())
      expect(data.shipping_option).toMatchObject({ amount: 3000, is_tax_inclusive: true })
    })
  })

  describe("fee per maker", () => {
    it("one maker under its threshold pays its base fee; reaching 30,000원 ships free, and the method follows quantity changes", async () => {
      let cart = await chooseParcel(await newCart([["NCG-JABAN-1", 1]]))
      await expectConsistent(cart, 3000)
      const groups = await groupsOf(cart.id)
      expect(groups).toEqual({
        maker_groups: [
          {
            maker: { id: makerIds.get("naechingu-gim"), handle: "naechingu-gim", name: "내친구김" },
            line_item_ids: [cart.items[0].id],
            item_subtotal: 3000,
            shipping_fee: 3000,
            base_fee: 3000,
            free_shipping_threshold: 30000,
            remaining_for_free_shipping: 27000,
          },
        ],
        shipping_total: 3000,
      })

      cart = await setQuantity(cart, "NCG-JABAN-1", 10) // 10 × 3,000원 = 30,000원
      expect(cart.item_total).toBe(30000)
      await expectConsistent(cart, 0)
      expect((await groupsOf(cart.id)).maker_groups[0]).toMatchObject({ shipping_fee: 0, remaining_for_free_shipping: 0 })

      cart = await setQuantity(cart, "NCG-JABAN-1", 9)
      await expectConsistent(cart, 3000)
      expect((await groupsOf(cart.id)).maker_groups[0].remaining_for_free_shipping).toBe(3000)
    })

    it("two makers ship two parcels: 3,000원 each below the threshold, nothing for the one above it", async () => {
      let cart = await chooseParcel(await newCart([["NCG-JABAN-1", 1], ["MSR-CHEONG-LEMON-500", 1]]))
      expect(fees(await groupsOf(cart.id))).toEqual([
        ["naechingu-gim", 3000, 3000],
        ["matsarang", 12000, 3000],
      ])
      await expectConsistent(cart, 6000)

      cart = await setQuantity(cart, "MSR-CHEONG-LEMON-500", 3) // 36,000원 of 맛사랑
      expect(fees(await groupsOf(cart.id))).toEqual([
        ["naechingu-gim", 3000, 3000],
        ["matsarang", 36000, 0],
      ])
      await expectConsistent(cart, 3000)
    })

    it("a gift set ships from its assembler, whoever made its components", async () => {
      // 소소드림 한아름 꾸러미: assembled by 내친구김 from 내친구김, 맛사랑 and 행복가게 products.
      const cart = await chooseParcel(await newCart([["SSD-HANAREUM-SET", 1], ["HBG-SOAP-RICE", 1]]))
      const groups = await groupsOf(cart.id)
      expect(groups.maker_groups.map((g) => g.maker?.handle)).toEqual(["naechingu-gim", "haengbok-gage"])
      expect(groups.maker_groups[0]).toMatchObject({ item_subtotal: 33000, shipping_fee: 0, line_item_ids: [lineOf(cart, "SSD-HANAREUM-SET").id] })
      expect(groups.maker_groups[1].shipping_fee).toBe(3000)
      await expectConsistent(cart, 3000)
    })

    it("every seeded maker ships on 3,000원 / free from 30,000원, and its page tells customers so", async () => {
      const { data } = await query().graph({ entity: "maker", fields: ["shipping_base_fee", "free_shipping_threshold"] })
      expect(data.length).toBeGreaterThan(10)
      for (const m of data) expect(m).toMatchObject({ shipping_base_fee: 3000, free_shipping_threshold: 30000 })
      const page = await api.get("/store/makers/naechingu-gim", store())
      expect(page.data.maker).toMatchObject({ shipping_base_fee: 3000, free_shipping_threshold: 30000 })
    })

    it("follows the maker's own policy as staff set it in the admin", async () => {
      const admin = await adminHeaders(api)
      const id = makerIds.get("haengbok-gage")!
      const { data } = await api.post(`/admin/makers/${id}`, { shipping_base_fee: 4000, free_shipping_threshold: null }, admin)
      expect(data.maker).toMatchObject({ shipping_base_fee: 4000, free_shipping_threshold: null })
      try {
        const cart = await chooseParcel(await newCart([["HBG-SOAP-RICE", 20]]))
        expect((await groupsOf(cart.id)).maker_groups[0]).toMatchObject({
          shipping_fee: 4000,
          base_fee: 4000,
          free_shipping_threshold: null,
          remaining_for_free_shipping: 0,
        })
        await expectConsistent(cart, 4000)
      } finally {
        await api.post(`/admin/makers/${id}`, { shipping_base_fee: 3000, free_shipping_threshold: 30000 }, admin)
      }
    })

    it("rejects amounts that are not whole non-negative won, in Korean", async () => {
      const admin = await adminHeaders(api)
      const id = makerIds.get("haengbok-gage")!
      for (const body of [{ shipping_base_fee: -1 }, { shipping_base_fee: 2500.5 }, { free_shipping_threshold: -30000 }, { shipping_base_fee: "3000" }]) {
        const res = await responseOf(api.post(`/admin/makers/${id}`, body, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/기본 배송비는|무료배송 기준 금액은/)
      }
    })
  })

  describe("GET /store/carts/:id/maker-groups", () => {
    it("404 in Korean for an unknown cart, 400 for a malformed id", async () => {
      const missing = await responseOf(api.get("/store/carts/cart_01JAHWALDOESNOTEXIST0000000/maker-groups", store()))
      expect(missing.status).toBe(404)
      expect(missing.data.message).toContain("장바구니를 찾을 수 없습니다")
      const malformed = await responseOf(api.get("/store/carts/not-a-cart/maker-groups", store()))
      expect(malformed.status).toBe(400)
      expect(malformed.data.message).toContain("장바구니 ID")
    })

    it("an empty cart has no parcels", async () => {
      const cartId = await newCart([])
      expect(await groupsOf(cartId)).toEqual({ maker_groups: [], shipping_total: 0 })
    })
  })

  describe("the placed order", () => {
    it("keeps the breakdown per maker in its metadata, next to the cart's own metadata, through later policy changes", async () => {
      const cartId = await newCart([["NCG-JABAN-1", 2], ["MSR-CHEONG-LEMON-500", 3]])
      await api.post(`/store/carts/${cartId}`, { metadata: { campaign: "autumn" } }, store())
      const cart = await chooseParcel(cartId)
      await expectConsistent(cart, 3000)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store())
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
      expect(completed.type).toBe("order")
      const order = completed.order as { id: string; item_total: number; shipping_total: number; total: number }
      expect(order.item_total).toBe(42000)
      expect(order.shipping_total).toBe(3000)
      expect(order.total).toBe(45000)

      const expected = {
        groups: [
          { maker_id: makerIds.get("naechingu-gim"), maker_handle: "naechingu-gim", maker_name: "내친구김", item_subtotal: 6000, shipping_fee: 3000 },
          { maker_id: makerIds.get("matsarang"), maker_handle: "matsarang", maker_name: "맛사랑", item_subtotal: 36000, shipping_fee: 0 },
        ],
        shipping_total: 3000,
      }
      const read = async () =>
        (await getContainer().resolve(Modules.ORDER).retrieveOrder(order.id, { select: ["id", "metadata"] })).metadata
      expect(await read()).toEqual({ campaign: "autumn", maker_shipping: expected })

      const admin = await adminHeaders(api)
      const id = makerIds.get("naechingu-gim")!
      await api.post(`/admin/makers/${id}`, { shipping_base_fee: 5000 }, admin)
      try {
        expect((await read())?.maker_shipping).toEqual(expected)
      } finally {
        await api.post(`/admin/makers/${id}`, { shipping_base_fee: 3000 }, admin)
      }
    })
  })

  describe("seed upgrade", () => {
    it("replaces the flat 3,000원 option of a version-3 database with the calculated one, once", async () => {
      const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
      const calculated = (await fulfillment.listShippingOptions({})).find((o) => o.provider_id === MAKER_SHIPPING_PROVIDER_ID)!
      // What seed version 3 left behind: a flat manual option, no 업체별 배송 option.
      const { data: profiles } = await query().graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
      await createShippingOptionsWorkflow(getContainer()).run({
        input: [
          {
            name: "택배 배송",
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: calculated.service_zone_id,
            shipping_profile_id: profiles[0].id,
            type: { label: "택배", description: "결제 후 1~3일 이내 출고", code: "parcel" },
            prices: [{ currency_code: "krw", amount: 3000 }, { region_id: regionId, amount: 3000 }],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
        ],
      })
      await fulfillment.softDeleteShippingOptions([calculated.id])

      await seedAll(getContainer())
      await seedAll(getContainer())
      const options = await fulfillment.listShippingOptions({})
      expect(options.map((o) => [o.name, o.provider_id, o.price_type])).toEqual([
        ["택배 (업체별 배송)", MAKER_SHIPPING_PROVIDER_ID, "calculated"],
      ])
      const cart = await chooseParcel(await newCart([["NCG-JABAN-1", 1]]))
      await expectConsistent(cart, 3000)
    })
  })
})
