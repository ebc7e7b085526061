import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, expect, it } from "vitest"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }
type Change = { field: string; variant_id: string; variant_title: string; old_value: unknown; new_value: unknown; created_at: string; member: { name: string; email: string } | null }

/** 가격·재고 변경 기록: price, tier and stock edits apply at once and are logged (who, when, old → new). */
runMedusa(__filename, ({ api, getContainer }) => {
  let seller: Headers
  let admin: Headers
  let productId: string
  let variantId: string

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  beforeAll(async () => {
    await seedAll(getContainer())
    admin = await adminHeaders(api)
    const { data } = await query().graph({ entity: "maker", fields: ["id"], filters: { handle: "naechingu-gim" } })
    await createSellerAccount(getContainer(), { maker_id: data[0].id as string, email: "prices@example.kr", name: "김가격", role: "staff" })
    seller = await sellerHeaders(api, "prices@example.kr", "jahwal1234")
    const { data: created } = await api.post(
      "/seller/products",
      { title: "기록 누룽지", options: [{ title: "구성", values: ["1봉"] }], variants: [{ title: "1봉", options: { 구성: "1봉" }, price: 5000, stock: 30, tier_prices: [{ min_quantity: 10, price: 4500 }] }] },
      seller
    )
    productId = created.product.id
    variantId = created.product.variants[0].id
  })

  it("logs each real change with the member, newest first; an unchanged value writes no row; staff read the same log", async () => {
    const url = `/seller/products/${productId}/variants/${variantId}`
    await api.post(url, { price: 5500 }, seller)
    await api.post(url, { stock: 25 }, seller)
    await api.post(url, { tier_prices: [{ min_quantity: 10, price: 5000 }, { min_quantity: 30, price: 4800 }] }, seller)
    // the same values again are no change
    await api.post(url, { price: 5500, stock: 25 }, seller)

    const { data } = await api.get(`/seller/products/${productId}/changes`, seller)
    const changes = data.changes as Change[]
    expect(changes.map((c) => [c.field, c.old_value, c.new_value])).toEqual([
      ["tier_prices", [{ min_quantity: 10, price: 4500 }], [{ min_quantity: 10, price: 5000 }, { min_quantity: 30, price: 4800 }]],
      ["stock", 30, 25],
      ["price", 5000, 5500],
    ])
    for (const c of changes) expect(c).toMatchObject({ variant_id: variantId, variant_title: "1봉", member: { name: "김가격", email: "prices@example.kr" } })
    expect(new Date(changes[0].created_at).getTime()).toBeGreaterThanOrEqual(new Date(changes[2].created_at).getTime())
    expect(data.count).toBe(3)

    const { data: staff } = await api.get(`/admin/products/${productId}/listing-changes`, admin)
    expect(staff.changes.map((c: Change) => [c.field, c.new_value])).toEqual(changes.map((c) => [c.field, c.new_value]))
    const { data: page } = await api.get(`/admin/products/${productId}/listing-changes?limit=1&offset=1`, admin)
    expect(page.changes.map((c: Change) => c.field)).toEqual(["stock"])
  })

  it("a refused edit logs nothing; unknown products and bad queries are Korean 4xx", async () => {
    const bad = await responseOf(api.post(`/seller/products/${productId}/variants/${variantId}`, { price: -1 }, seller))
    expect(bad.status).toBe(400)
    expect((await api.get(`/seller/products/${productId}/changes`, seller)).data.changes).toEqual([])
    const missing = await responseOf(api.get("/admin/products/prod_DOESNOTEXIST/listing-changes", admin))
    expect(missing.status).toBe(404)
    expect(missing.data.message).toMatch(/상품을 찾을 수 없습니다/)
    const query = await responseOf(api.get(`/seller/products/${productId}/changes?limit=abc`, seller))
    expect(query.status).toBe(400)
    expect(query.data.message).toMatch(/[가-힣]/)
  })
})
