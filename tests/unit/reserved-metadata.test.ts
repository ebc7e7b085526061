import { describe, expect, it } from "vitest"
import { isReservedMetadataKey, RESERVED_METADATA_KEYS, stripReservedMetadata } from "../../backend/lib/orders/reserved-metadata"

const forged = {
  maker_shipping: { groups: [{ maker_name: "가짜상회", shipping_fee: 0 }], shipping_total: 0 },
  gift: { sender_name: "누군가", hide_prices: false },
  orderer_name: "가짜",
  orderer_phone: "010-0000-0000",
  delivery_note: "<script>x</script>",
}

describe("server-owned metadata", () => {
  it("reserves every key our documents read back", () => {
    for (const key of ["maker_shipping", "gift", "orderer_name", "orderer_phone", "delivery_note"]) {
      expect(isReservedMetadataKey(key)).toBe(true)
    }
    expect(isReservedMetadataKey("campaign")).toBe(false)
    expect(new Set(RESERVED_METADATA_KEYS).size).toBe(RESERVED_METADATA_KEYS.length)
  })

  it("drops them from the cart, its items and its addresses, keeping the client's own keys", () => {
    const body = {
      email: "buyer@example.kr",
      metadata: { ...forged, campaign: "autumn" },
      items: [
        { variant_id: "variant_1", quantity: 1, metadata: { gift: { hide_prices: false }, engraving: "사랑해" } },
        { variant_id: "variant_2", quantity: 1, metadata: { maker_shipping: {} } },
      ],
      shipping_address: { first_name: "홍길동", metadata: { orderer_name: "가짜", floor: "3" } },
    }
    const dropped = stripReservedMetadata(body)
    expect(body).toEqual({
      email: "buyer@example.kr",
      metadata: { campaign: "autumn" },
      items: [
        { variant_id: "variant_1", quantity: 1, metadata: { engraving: "사랑해" } },
        { variant_id: "variant_2", quantity: 1 },
      ],
      shipping_address: { first_name: "홍길동", metadata: { floor: "3" } },
    })
    expect(new Set(dropped)).toEqual(new Set(["maker_shipping", "gift", "orderer_name", "orderer_phone", "delivery_note"]))
  })

  it("removes a metadata that is null or ends up empty, which Medusa would store over the server's keys", () => {
    const body: Record<string, unknown> = { metadata: { ...forged } }
    stripReservedMetadata(body)
    expect(body).toEqual({})
    const cleared: Record<string, unknown> = { metadata: null, email: "a@b.kr" }
    stripReservedMetadata(cleared)
    expect(cleared).toEqual({ email: "a@b.kr" })
    const empty: Record<string, unknown> = { metadata: {} }
    stripReservedMetadata(empty)
    expect(empty).toEqual({})
  })

  it("leaves a body without metadata, and a client's key removal (\"\"), as they are", () => {
    const body = { quantity: 2, metadata: { campaign: "" } }
    expect(stripReservedMetadata(body)).toEqual([])
    expect(body).toEqual({ quantity: 2, metadata: { campaign: "" } })
    expect(stripReservedMetadata(undefined)).toEqual([])
    expect(stripReservedMetadata("metadata")).toEqual([])
  })
})
