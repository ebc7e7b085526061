import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, expect, it } from "vitest"
import { seoulMonth } from "../../backend/lib/dates/seoul-range"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders } from "./utils/admin"
import { placeOrder } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }
type Dashboard = {
  products: Record<"published" | "proposed" | "rejected" | "draft", number>
  pending_revisions: number
  low_stock: { product_id: string; variant_id: string; title: string; variant_title: string; stock: number }[]
  sales_this_month: { amount: number; orders: number; units: number; month: string }
}

/** 판매자센터 home: counts, low stock and this month's sales of the seller's maker only. */
runMedusa(__filename, ({ api, getContainer }) => {
  let seller: Headers
  let other: Headers
  let admin: Headers
  let key: string
  let regionId: string

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const dashboard = async (h = seller): Promise<Dashboard> => (await api.get("/seller/dashboard", h)).data
  /** Attribution is written by a subscriber after the order answer: wait for the dashboard to move. */
  async function until(check: (d: Dashboard) => boolean): Promise<Dashboard> {
    for (let i = 0; i < 100; i++) {
      const d = await dashboard()
      if (check(d)) return d
      await new Promise((r) => setTimeout(r, 200))
    }
    throw new Error(`dashboard never matched: ${JSON.stringify(await dashboard())}`)
  }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    const { data } = await query().graph({ entity: "maker", fields: ["id", "handle"] })
    const own = data.find((m) => m.handle === "naechingu-gim")!
    const another = data.find((m) => m.handle !== "naechingu-gim")!
    await createSellerAccount(getContainer(), { maker_id: own.id as string, email: "dash@example.kr" })
    await createSellerAccount(getContainer(), { maker_id: another.id as string, email: "dash-other@example.kr" })
    seller = await sellerHeaders(api, "dash@example.kr", "jahwal1234")
    other = await sellerHeaders(api, "dash-other@example.kr", "jahwal1234")
  })

  it("counts the own products per status and the open approval requests", async () => {
    const before = await dashboard()
    expect(before.products.published).toBeGreaterThan(0)
    const { data } = await api.post(
      "/seller/products",
      { title: "대시보드 누룽지", options: [{ title: "구성", values: ["1봉"] }], variants: [{ title: "1봉", options: { 구성: "1봉" }, price: 5000, stock: 2 }] },
      seller
    )
    const after = await dashboard()
    expect(after.products).toEqual({ ...before.products, proposed: before.products.proposed + 1 })
    expect(after.pending_revisions).toBe(before.pending_revisions + 1)
    // a proposed product with 2 left is low on stock
    expect(after.low_stock).toContainEqual({ product_id: data.product.id, variant_id: data.product.variants[0].id, title: "대시보드 누룽지", variant_title: "1봉", stock: 2 })
    expect(after.low_stock.length).toBeLessThanOrEqual(10)
    expect(after.low_stock.map((l) => l.stock)).toEqual([...after.low_stock.map((l) => l.stock)].sort((a, b) => a - b))
    // another maker's dashboard knows nothing of it
    expect(JSON.stringify(await dashboard(other))).not.toContain(data.product.id)
  })

  it("a published variant brought down to 3 shows as low stock", async () => {
    const { data: variants } = await query().graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { sku: "NCG-JEONJANG-1" } })
    const { variant_id, product_id } = { variant_id: variants[0].id as string, product_id: variants[0].product_id as string }
    expect((await dashboard()).low_stock.some((l) => l.variant_id === variant_id)).toBe(false)
    await api.post(`/seller/products/${product_id}/variants/${variant_id}`, { stock: 3 }, seller)
    const line = (await dashboard()).low_stock.find((l) => l.variant_id === variant_id)
    expect(line).toMatchObject({ product_id, stock: 3 })
  })

  it("sales this Seoul month come from the order's attribution, this maker only, canceled orders left out", async () => {
    const month = seoulMonth(new Date()).month
    const before = await dashboard()
    expect(before.sales_this_month.month).toBe(month)
    const otherBefore = (await dashboard(other)).sales_this_month
    const { data: variants } = await query().graph({ entity: "product_variant", fields: ["id"], filters: { sku: "NCG-JABAN-1" } })
    const order = await placeOrder(api, key, regionId, [{ variant_id: variants[0].id as string, quantity: 2 }])
    const line = order.items[0]
    const after = await until((d) => d.sales_this_month.orders === before.sales_this_month.orders + 1)
    expect(after.sales_this_month).toEqual({
      amount: before.sales_this_month.amount + line.total,
      orders: before.sales_this_month.orders + 1,
      units: before.sales_this_month.units + 2,
      month,
    })
    expect(Number.isInteger(after.sales_this_month.amount)).toBe(true)
    expect((await dashboard(other)).sales_this_month).toEqual(otherBefore)

    await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
    const canceled = await until((d) => d.sales_this_month.orders === before.sales_this_month.orders)
    expect(canceled.sales_this_month).toEqual(before.sales_this_month)
  })
})
