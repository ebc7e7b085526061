import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { SELLER_ERRORS } from "../../backend/lib/seller/seller-errors"
import { seedAll } from "../../seed/seed-all"
import { responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }

/** 판매자센터 프로필: the seller's own maker, contact, story and shipping terms. */
runMedusa(__filename, ({ api, getContainer }) => {
  let seller: Headers
  let store: Headers
  let regionId: string
  let makerId: string

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const makerRow = async () => (await query().graph({ entity: "maker", fields: ["*"], filters: { id: makerId } })).data[0] as Record<string, unknown>

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    regionId = seeded.regionId
    const { data } = await query().graph({ entity: "maker", fields: ["id"], filters: { handle: "naechingu-gim" } })
    makerId = data[0].id as string
    await createSellerAccount(getContainer(), { maker_id: makerId, email: "profile-staff@example.kr", role: "staff" })
    seller = await sellerHeaders(api, "profile-staff@example.kr", "jahwal1234")
  })

  it("reads the own maker with its legal fields", async () => {
    const { data } = await api.get("/seller/maker", seller)
    expect(data.maker).toMatchObject({ id: makerId, handle: "naechingu-gim", status: "active" })
    for (const key of ["name", "kind", "region", "story", "phone", "email", "address", "logo_url", "shipping_base_fee", "free_shipping_threshold", "business_registration_number", "representative"]) {
      expect(data.maker, key).toHaveProperty(key)
    }
  })

  it("edits contact and story (sanitized with the shared policy); the store shows the new story", async () => {
    const story = '<p>우리 <strong>마을</strong> 이야기</p><script>alert(1)</script><img src=x onerror="alert(2)">'
    const { data } = await api.post("/seller/maker", { story, phone: "062-123-4567", email: "hello@example.kr", address: "광주광역시 서구 <b>죽봉대로</b> 1" }, seller)
    expect(data.maker.story).toContain("<strong>마을</strong>")
    expect(data.maker.story).not.toMatch(/script|onerror|alert/)
    expect(data.maker).toMatchObject({ phone: "062-123-4567", email: "hello@example.kr", address: "광주광역시 서구 죽봉대로 1" })
    const { data: shown } = await api.get(`/store/makers/naechingu-gim`, store)
    expect(shown.maker.story).toBe(data.maker.story)
  })

  it("refuses legal fields, unknown keys and bad values with a Korean 400, writing nothing", async () => {
    const before = await makerRow()
    const cases: [Record<string, unknown>, string | RegExp][] = [
      [{ name: "다른 상호" }, SELLER_ERRORS.legalFields],
      [{ business_registration_number: "123-45-67890", story: "바꿈" }, SELLER_ERRORS.legalFields],
      [{ representative: "남" }, SELLER_ERRORS.legalFields],
      [{ kind: "work_unit" }, SELLER_ERRORS.legalFields],
      [{ mail_order_number: "2026-광주-0001" }, SELLER_ERRORS.legalFields],
      [{ status: "suspended" }, SELLER_ERRORS.legalFields],
      [{ handle: "other" }, SELLER_ERRORS.legalFields],
      [{ maker_id: "mkr_x" }, /알 수 없는 항목/],
      [{ logo_url: "https://example.kr/x.png" }, /알 수 없는 항목/],
      [{ shipping_base_fee: -1 }, /기본 배송비/],
      [{ shipping_base_fee: 2500.5 }, /기본 배송비/],
      [{ shipping_base_fee: "2500" }, /기본 배송비/],
      [{ free_shipping_threshold: -100 }, /무료배송 기준/],
      [{ phone: "전화" }, /전화번호/],
      [{ email: "not-mail" }, /이메일/],
    ]
    for (const [body, message] of cases) {
      const res = await responseOf(api.post("/seller/maker", body, seller))
      expect(res.status, JSON.stringify(body)).toBe(400)
      if (typeof message === "string") expect(res.data.message).toBe(message)
      else expect(res.data.message, JSON.stringify(body)).toMatch(message)
    }
    expect(await makerRow()).toEqual(before)
  })

  it("changed shipping terms show in the store maker API and in the cart's maker groups", async () => {
    const { data: variants } = await query().graph({ entity: "product_variant", fields: ["id"], filters: { sku: "NCG-JABAN-1" } })
    const { data: created } = await api.post("/store/carts", { region_id: regionId }, store)
    const cartId = created.cart.id as string
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variants[0].id, quantity: 1 }, store)
    const feeNow = async () => (await api.get(`/store/carts/${cartId}/maker-groups`, store)).data.maker_groups[0].shipping_fee as number

    const { data } = await api.post("/seller/maker", { shipping_base_fee: 2500, free_shipping_threshold: 50000 }, seller)
    expect(data.maker).toMatchObject({ shipping_base_fee: 2500, free_shipping_threshold: 50000 })
    const { data: shown } = await api.get(`/store/makers/naechingu-gim`, store)
    expect(shown.maker).toMatchObject({ shipping_base_fee: 2500, free_shipping_threshold: 50000 })
    expect(await feeNow()).toBe(2500)

    await api.post("/seller/maker", { shipping_base_fee: 0 }, seller)
    expect(await feeNow()).toBe(0)
    const { data: never } = await api.post("/seller/maker", { shipping_base_fee: 4000, free_shipping_threshold: null }, seller)
    expect(never.maker.free_shipping_threshold).toBeNull()
    expect(await feeNow()).toBe(4000)
  })
})
