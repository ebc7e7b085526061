import { describe, expect, it } from "vitest"
import {
  computeMakerShipping,
  DEFAULT_SHIPPING_POLICY,
  parcelFee,
  type ProductShippingPolicies,
} from "../../backend/lib/shipping/per-maker-fee"

const gim = { id: "mkr_gim", handle: "naechingu-gim", name: "내친구김" }
const bap = { id: "mkr_bap", handle: "hamkke-bapsang", name: "협동조합 함께밥상" }

const policies: ProductShippingPolicies = {
  prod_flakes: { maker: gim, base_fee: 3000, free_shipping_threshold: 30000 },
  prod_set: { maker: gim, base_fee: 3000, free_shipping_threshold: 30000 },
  prod_bibim: { maker: bap, base_fee: 4000, free_shipping_threshold: null },
}

describe("parcelFee", () => {
  it("charges the base fee below the threshold and nothing from the threshold on", () => {
    expect(parcelFee(29999, 3000, 30000)).toBe(3000)
    expect(parcelFee(30000, 3000, 30000)).toBe(0)
    expect(parcelFee(45000, 3000, 30000)).toBe(0)
  })

  it("never waives a fee without a threshold, and charges nothing for an empty parcel", () => {
    expect(parcelFee(1_000_000, 3000, null)).toBe(3000)
    expect(parcelFee(0, 3000, 30000)).toBe(0)
  })
})

describe("computeMakerShipping", () => {
  it("one parcel per maker, in order of first appearance, with the remaining amount for free shipping", () => {
    const result = computeMakerShipping(
      [
        { id: "li_1", product_id: "prod_flakes", unit_price: 3000, quantity: 2 },
        { id: "li_2", product_id: "prod_bibim", unit_price: 9000, quantity: 1 },
        { id: "li_3", product_id: "prod_set", unit_price: 20000, quantity: 1 },
      ],
      policies
    )
    expect(result.maker_groups).toEqual([
      {
        maker: gim,
        line_item_ids: ["li_1", "li_3"],
        item_subtotal: 26000,
        shipping_fee: 3000,
        base_fee: 3000,
        free_shipping_threshold: 30000,
        remaining_for_free_shipping: 4000,
      },
      {
        maker: bap,
        line_item_ids: ["li_2"],
        item_subtotal: 9000,
        shipping_fee: 4000,
        base_fee: 4000,
        free_shipping_threshold: null,
        remaining_for_free_shipping: 0,
      },
    ])
    expect(result.shipping_total).toBe(7000)
  })

  it("waives a maker's fee once its own subtotal reaches the threshold, whatever the other makers hold", () => {
    const result = computeMakerShipping(
      [
        { id: "li_1", product_id: "prod_set", unit_price: 20000, quantity: 1 },
        { id: "li_2", product_id: "prod_bibim", unit_price: 9000, quantity: 3 },
        { id: "li_3", product_id: "prod_flakes", unit_price: "5000", quantity: 2 },
      ],
      policies
    )
    expect(result.maker_groups.map((g) => [g.maker?.handle, g.item_subtotal, g.shipping_fee, g.remaining_for_free_shipping])).toEqual([
      ["naechingu-gim", 30000, 0, 0],
      ["hamkke-bapsang", 27000, 4000, 0],
    ])
    expect(result.shipping_total).toBe(4000)
  })

  it("puts lines without a maker in one parcel on the store's default policy", () => {
    const result = computeMakerShipping(
      [
        { id: "li_1", product_id: "prod_unknown", unit_price: 12000, quantity: 1 },
        { id: "li_2", product_id: null, unit_price: 1000, quantity: 1 },
        { id: "li_3", product_id: "toString", unit_price: 1000, quantity: 1 },
      ],
      policies
    )
    expect(result.maker_groups).toEqual([
      {
        maker: null,
        line_item_ids: ["li_1", "li_2", "li_3"],
        item_subtotal: 14000,
        shipping_fee: DEFAULT_SHIPPING_POLICY.base_fee,
        base_fee: DEFAULT_SHIPPING_POLICY.base_fee,
        free_shipping_threshold: DEFAULT_SHIPPING_POLICY.free_shipping_threshold,
        remaining_for_free_shipping: DEFAULT_SHIPPING_POLICY.free_shipping_threshold - 14000,
      },
    ])
  })

  it("reads BigNumber-like amounts and refuses fractions of a won", () => {
    const big = (n: number) => ({ numeric: n, valueOf: () => n })
    const result = computeMakerShipping([{ product_id: "prod_set", unit_price: big(20000), quantity: big(2) }], policies)
    expect(result.maker_groups[0]).toMatchObject({ item_subtotal: 40000, shipping_fee: 0, line_item_ids: [] })
    expect(() => computeMakerShipping([{ product_id: "prod_set", unit_price: 0.5, quantity: 1 }], policies)).toThrow()
  })

  it("an empty cart ships nothing", () => {
    expect(computeMakerShipping([], policies)).toEqual({ maker_groups: [], shipping_total: 0 })
  })

  it("the total is the sum of the parcels, for any mix of lines", () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const products = ["prod_flakes", "prod_set", "prod_bibim", "prod_unknown"]
    for (let run = 0; run < 200; run++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => ({
        id: `li_${i}`,
        product_id: products[Math.floor(random() * products.length)],
        unit_price: 500 * (1 + Math.floor(random() * 60)),
        quantity: 1 + Math.floor(random() * 4),
      }))
      const { maker_groups, shipping_total } = computeMakerShipping(lines, policies)
      expect(shipping_total).toBe(maker_groups.reduce((s, g) => s + g.shipping_fee, 0))
      expect(maker_groups.flatMap((g) => g.line_item_ids).sort()).toEqual(lines.map((l) => l.id).sort())
      const items = lines.reduce((s, l) => s + l.unit_price * l.quantity, 0)
      expect(maker_groups.reduce((s, g) => s + g.item_subtotal, 0)).toBe(items)
      for (const g of maker_groups) {
        const free = g.free_shipping_threshold !== null && g.item_subtotal >= g.free_shipping_threshold
        expect(g.shipping_fee).toBe(free ? 0 : g.base_fee)
      }
    }
  })
})
