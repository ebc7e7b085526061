import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { seedAll } from "../../seed/seed-all"
import { responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }
type Price = { amount: number; currency_code: string; min_quantity: number | null }
type Variant = { id: string; title: string; prices: Price[]; inventory_items: { inventory: { location_levels: { stocked_quantity: number }[] } }[] }

const newProduct = (categoryId: string) => ({
  title: "유기농 누룽지",
  description: '<p>가마솥에 <strong>구운</strong> 누룽지</p><script>alert(1)</script><img src=x onerror="alert(2)">',
  category_id: categoryId,
  options: [{ title: "구성", values: ["1봉", "3봉"] }],
  variants: [
    { title: "1봉", options: { 구성: "1봉" }, price: 5000, stock: 30, tier_prices: [{ min_quantity: 10, price: 4500 }] },
    { title: "3봉", options: { 구성: "3봉" }, price: 14000, stock: 12 },
  ],
})

runMedusa(__filename, ({ api, getContainer }) => {
  let seller: Headers
  let store: Headers
  let makerId: string
  let categoryId: string
  let publishedOwnId: string

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query().graph({ entity, fields: ["id"] })).data.length

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    const { data: makers } = await query().graph({ entity: "maker", fields: ["id", "products.id", "products.status"], filters: { handle: "naechingu-gim" } })
    makerId = makers[0].id as string
    publishedOwnId = (makers[0].products as { id: string; status: string }[]).find((p) => p.status === "published")!.id
    const { data: categories } = await query().graph({ entity: "product_category", fields: ["id"], filters: { is_active: true } })
    categoryId = categories[0].id as string
    await createSellerAccount(getContainer(), { maker_id: makerId, email: "owner@example.kr", role: "staff" })
    seller = await sellerHeaders(api, "owner@example.kr", "jahwal1234")
  })

  it("creates a proposed listing with pack options, tier prices and stock, linked to the seller's maker, not in the store", async () => {
    const { status, data } = await api.post("/seller/products", newProduct(categoryId), seller)
    expect(status).toBe(201)
    const product = data.product
    expect(product).toMatchObject({ title: "유기농 누룽지", status: "proposed", categories: [{ id: categoryId }] })
    expect(product.handle).toMatch(/^naechingu-gim-[0-9a-f]{8}$/)
    expect(product.description).toContain("<strong>구운</strong>")
    expect(product.description).not.toMatch(/script|onerror/)
    const one = (product.variants as Variant[]).find((v) => v.title === "1봉")!
    const three = (product.variants as Variant[]).find((v) => v.title === "3봉")!
    expect(one.prices.map((p) => [p.amount, p.min_quantity ?? null]).sort()).toEqual([[4500, 10], [5000, null]])
    expect(three.prices.map((p) => p.amount)).toEqual([14000])
    expect(one.inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(30)
    expect(three.inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(12)

    const { data: linked } = await query().graph({ entity: "product", fields: ["maker.id"], filters: { id: product.id } })
    expect((linked[0] as { maker: { id: string } }).maker.id).toBe(makerId)
    expect((await responseOf(api.get(`/store/products/${product.id}`, store))).status).toBe(404)
    const { data: listed } = await api.get(`/store/products?handle=${product.handle}`, store)
    expect(listed.products).toHaveLength(0)
  })

  it("refuses bad input with a Korean 400 and writes nothing", async () => {
    const before = { products: await count("product"), variants: await count("product_variant"), prices: await count("price") }
    const base = newProduct(categoryId)
    const variant = base.variants[1]
    const cases: [unknown, string][] = [
      [{ ...base, variants: [{ ...variant, price: -1000 }] }, "1원부터 10,000,000원까지 원 단위 정수"],
      [{ ...base, variants: [{ ...variant, price: 1500.5 }] }, "원 단위 정수"],
      [{ ...base, variants: [{ ...variant, price: "5000" }] }, "원 단위 정수"],
      [{ ...base, variants: [{ ...variant, stock: -1 }] }, "재고는"],
      [{ ...base, variants: [{ ...variant, tier_prices: [{ min_quantity: 1, price: 100 }] }] }, "최소 수량"],
      [{ ...base, title: "<b>누룽지</b>" }, "상품명에는 HTML을 쓸 수 없습니다"],
      [{ ...base, title: "" }, "상품명"],
      [{ ...base, maker_id: "mkr_other" }, "알 수 없는 항목입니다: maker_id"],
      [{ ...base, variants: [{ ...variant, options: { 구성: "5봉" } }] }, "옵션 종류(구성)와 맞지 않습니다"],
      [{ ...base, category_id: "pcat_missing" }, "알 수 없는 카테고리입니다"],
      [{ ...base, options: [] }, "옵션 종류를 하나 이상"],
    ]
    for (const [body, message] of cases) {
      const res = await responseOf(api.post("/seller/products", body, seller))
      expect(res.status, JSON.stringify(body).slice(0, 120)).toBe(400)
      expect(res.data.message).toContain(message)
    }
    expect({ products: await count("product"), variants: await count("product_variant"), prices: await count("price") }).toEqual(before)
  })

  it("lists only its own products, by status and title search", async () => {
    await api.post("/seller/products", newProduct(categoryId), seller)
    const { data: all } = await api.get("/seller/products?limit=100", seller)
    const { data: makers } = await query().graph({ entity: "maker", fields: ["products.id"], filters: { id: makerId } })
    const own = (makers[0].products as { id: string }[]).map((p) => p.id).sort()
    expect(all.products.map((p: { id: string }) => p.id).sort()).toEqual(own)
    expect(all.count).toBe(own.length)
    const { data: proposed } = await api.get("/seller/products?status=proposed", seller)
    expect(proposed.products.map((p: { title: string }) => p.title)).toEqual(["유기농 누룽지"])
    const { data: searched } = await api.get(`/seller/products?q=${encodeURIComponent("누룽")}`, seller)
    expect(searched.products).toHaveLength(1)
    const bad = await responseOf(api.get("/seller/products?status=archived", seller))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toContain("status는")
  })

  it("edits a proposed product; a published one keeps its live content (approval) but takes price and stock at once", async () => {
    const { data: created } = await api.post("/seller/products", newProduct(categoryId), seller)
    const { data: edited } = await api.post(`/seller/products/${created.product.id}`, { title: "현미 누룽지", description: "<p>새 설명</p><iframe></iframe>" }, seller)
    expect(edited.product).toMatchObject({ title: "현미 누룽지", description: "<p>새 설명</p>" })

    const { data: live } = await api.get(`/seller/products/${publishedOwnId}`, seller)
    const waiting = await api.post(`/seller/products/${publishedOwnId}`, { title: "바뀐 제목" }, seller)
    expect(waiting.status).toBe(202)
    expect(waiting.data.revisions[0]).toMatchObject({ kind: "edit", status: "pending", changes: { title: "바뀐 제목" } })
    expect((await api.get(`/seller/products/${publishedOwnId}`, seller)).data.product.title).toBe(live.product.title)

    const variant = (live.product.variants as Variant[])[0]
    const { data: priced } = await api.post(`/seller/products/${publishedOwnId}/variants/${variant.id}`, { price: 12300, stock: 7 }, seller)
    const after = (priced.product.variants as Variant[]).find((v) => v.id === variant.id)!
    expect(after.prices.find((p) => !p.min_quantity || p.min_quantity <= 1)!.amount).toBe(12300)
    expect(after.inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(7)
    const fractional = await responseOf(api.post(`/seller/products/${publishedOwnId}/variants/${variant.id}`, { price: 0.5 }, seller))
    expect(fractional.status).toBe(400)
  })

  it("archives an own product (draft, out of the store)", async () => {
    const { data } = await api.delete(`/seller/products/${publishedOwnId}`, seller)
    expect(data.archived).toBe(true)
    expect((await api.get(`/seller/products/${publishedOwnId}`, seller)).data.product.status).toBe("draft")
    expect((await responseOf(api.get(`/store/products/${publishedOwnId}`, store))).status).toBe(404)
  })
})
