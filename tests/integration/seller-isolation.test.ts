import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { SELLER_PUBLIC_ROUTES } from "../../backend/api/seller/guard"
import { CAMPAIGNS_MODULE } from "../../backend/modules/campaigns"
import type CampaignsModuleService from "../../backend/modules/campaigns/service"
import { SETTLEMENT_MODULE } from "../../backend/modules/settlement"
import type SettlementModuleService from "../../backend/modules/settlement/service"
import { periodRange } from "../../backend/modules/settlement/utils/periods"
import { createSellerInviteWorkflow } from "../../backend/workflows/seller-accounts/workflows/create-seller-invite"
import { createSellerProductWorkflow } from "../../backend/workflows/seller-products/workflows/create-seller-product"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { placeOrder } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"
import { listRoutes, type RouteEntry } from "./utils/route-list"
import { imageForm, picture } from "./utils/images"
import { createSellerAccount, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }
type MakerFixture = {
  maker_id: string
  product_id: string
  variant_id: string
  member_id: string
  invite_id: string
  /** a picture of the fixture product */
  image_id: string
  /** a paid order of only this maker's products, and its parcel */
  order_id: string
  parcel_id: string
  /** a confirmed 정산 명세서 of this maker */
  statement_id: string
  /** a 특판전 whose call is over, with this maker's proposal of the fixture product in it */
  campaign_id: string
  proposal_id: string
  headers: Headers
}

/**
 * Which fixture id a path parameter takes, by the resource segment in front of it. A new route
 * with a parameter of a new kind fails here until the matrix knows its resource.
 */
function idFor(route: RouteEntry, param: string, of: MakerFixture): string {
  const segments = route.path.split("/")
  const resource = segments[segments.indexOf(`:${param}`) - 1]
  const ids: Record<string, string> = { products: of.product_id, variants: of.variant_id, members: of.member_id, invites: of.invite_id, orders: of.order_id, images: of.image_id, settlements: of.statement_id, campaigns: of.campaign_id, proposals: of.proposal_id }
  if (!ids[resource]) throw new Error(`seller-isolation: no fixture for :${param} of ${route.path}; add its resource to idFor`)
  return ids[resource]
}

const fill = (route: RouteEntry, pick: (param: string) => string) => route.params.reduce((path, p) => path.replace(`:${p}`, pick(p)), route.path)
const isPublic = (route: RouteEntry) => SELLER_PUBLIC_ROUTES.some((r) => r.method === route.method && r.path === route.path)

function call(api: { get: Function; post: Function; delete: Function }, method: string, url: string, headers?: Headers) {
  const config = headers ?? {}
  if (method === "GET") return responseOf(api.get(url, config))
  if (method === "DELETE") return responseOf(api.delete(url, config))
  return responseOf(api[method.toLowerCase() as "post"](url, {}, config))
}

runMedusa(__filename, ({ api, getContainer, dbConnection }) => {
  let a: MakerFixture
  let b: MakerFixture
  let admin: Headers
  let customer: Headers
  let store: Headers
  const routes = listRoutes("seller")
  const guarded = routes.filter((r) => !isPublic(r))
  let cases = 0

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  /** Every row of the tables a seller route can write, to compare before and after. */
  async function dump() {
    const { rows } = await dbConnection.raw(
      `select table_name from information_schema.tables where table_schema = 'public' and (table_name in
        ('product', 'product_variant', 'product_option', 'product_option_value', 'product_category_product', 'image', 'price', 'price_set',
         'inventory_item', 'inventory_level', 'seller_member', 'seller_invite', 'listing_revision', 'listing_change_log', 'maker', 'auth_identity', 'provider_identity',
         'parcel', 'parcel_item', 'fulfillment', 'fulfillment_item', 'fulfillment_label', 'order_fulfillment', 'order_item', 'order_change',
         'reservation_item', 'notification', 'sale_campaign', 'sale_campaign_item', 'campaign_sale')
        or table_name like '%maker%' or table_name like 'settlement%' or table_name = 'payout_account_change') order by table_name`
    )
    const out: Record<string, unknown[]> = {}
    for (const { table_name } of rows as { table_name: string }[]) {
      out[table_name] = (await dbConnection.raw(`select * from "${table_name}" order by 1`)).rows
    }
    return JSON.stringify(out)
  }

  /** A confirmed 정산 명세서 of the maker, with one sale and its fee (written as settlement would). */
  async function statementFixture(maker_id: string): Promise<string> {
    const settlement: SettlementModuleService = getContainer().resolve(SETTLEMENT_MODULE)
    const code = "2026-10"
    const [existing] = await settlement.listSettlementPeriods({ code })
    const { gte, lt } = periodRange(code)
    const period = existing ?? (await settlement.createSettlementPeriods({ code, cycle: "monthly", starts_at: gte, ends_at: lt }))
    const statement = await settlement.createSettlementStatements({
      maker_id, period_code: code, period_id: period.id, status: "confirmed", sales_amount: 10000, fee_amount: -1000, net_sales_amount: 10000,
      net_amount: 9000, balance_amount: 9000, payout_amount: 9000,
    })
    await settlement.createSettlementLines([
      { statement_id: statement.id, maker_id, key: `sale:li_${maker_id}:${maker_id}`, kind: "sale", amount: 10000, label: "격리 상품", position: 0 },
      { statement_id: statement.id, maker_id, key: `fee:sale:li_${maker_id}:${maker_id}`, kind: "fee", amount: -1000, rate_bp: 1000, label: "판매수수료 10%", position: 1 },
    ])
    return statement.id
  }

  /** A campaign (call closed, so only makers with items in it see it) holding the maker's proposal. */
  async function campaignFixture(maker_id: string, product_id: string, n: string) {
    const campaigns: CampaignsModuleService = getContainer().resolve(CAMPAIGNS_MODULE)
    const day = 86_400_000
    const campaign = await campaigns.createSaleCampaigns({
      title: `격리 특판전 ${n}`, handle: `isolation-${n}`, host_center: "격리 센터",
      starts_at: new Date(Date.now() + 10 * day), ends_at: new Date(Date.now() + 11 * day),
      call_starts_at: new Date(Date.now() - 2 * day), call_ends_at: new Date(Date.now() - day),
    })
    const [item] = await campaigns.createSaleCampaignItems([{ campaign_id: campaign.id, product_id, maker_id, discount_type: "percent", discount_value: 10, state: "proposed" }])
    return { campaign_id: campaign.id, proposal_id: item.id }
  }

  let publishableKey: string
  let regionId: string

  /** A paid order (authorized at placement) of one of the maker's products on sale, and the parcel it gets. */
  async function paidOrderOf(maker_id: string) {
    const { data } = await query().graph({ entity: "maker", fields: ["products.status", "products.variants.id"], filters: { id: maker_id } })
    const products = (data[0]?.products ?? []) as { status: string; variants: { id: string }[] }[]
    const variant = products.find((p) => p.status === "published" && p.variants.length)!.variants[0]
    const order = await placeOrder(api, publishableKey, regionId, [{ variant_id: variant.id, quantity: 1 }])
    for (let i = 0; i < 150; i++) {
      const { data: parcels } = await query().graph({ entity: "parcel", fields: ["id"], filters: { order_id: order.id, maker_id } })
      if (parcels[0]) return { order_id: order.id, parcel_id: parcels[0].id as string }
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`no parcel for order ${order.id}`)
  }

  async function fixture(handle: string, n: string): Promise<MakerFixture> {
    const { data } = await query().graph({ entity: "maker", fields: ["id"], filters: { handle } })
    const maker_id = data[0].id as string
    await createSellerAccount(getContainer(), { maker_id, email: `owner-${n}@example.kr`, role: "owner" })
    const member = await createSellerAccount(getContainer(), { maker_id, email: `staff-${n}@example.kr`, role: "staff" })
    const { result: invite } = await createSellerInviteWorkflow(getContainer()).run({ input: { maker_id, email: `invited-${n}@example.kr`, role: "staff" } })
    const { result: product } = await createSellerProductWorkflow(getContainer()).run({
      input: {
        maker_id,
        product: { title: `격리 상품 ${n}`, options: [{ title: "구성", values: ["1봉"] }], variants: [{ title: "1봉", options: { 구성: "1봉" }, price: 5000, stock: 5 }] },
      },
    })
    const { data: variants } = await query().graph({ entity: "product_variant", fields: ["id"], filters: { product_id: product.id } })
    const headers = await sellerHeaders(api, `owner-${n}@example.kr`, "jahwal1234")
    const { data: uploaded } = await api.post(`/seller/products/${product.id}/images`, imageForm(await picture("png", 200, 100), "x.png", "image/png", { alt: `격리 사진 ${n}` }), headers)
    const statement_id = await statementFixture(maker_id)
    return {
      statement_id,
      ...(await campaignFixture(maker_id, product.id, n)),
      maker_id,
      product_id: product.id,
      variant_id: variants[0].id as string,
      member_id: member.id,
      invite_id: invite.id,
      image_id: uploaded.image.id,
      ...(await paidOrderOf(maker_id)),
      headers,
    }
  }

  // two makers × (accounts, a listing, a picture, a paid order and its parcel): minutes on a loaded machine
  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    publishableKey = seeded.publishableKey
    regionId = seeded.regionId
    admin = await adminHeaders(api)
    a = await fixture("naechingu-gim", "a")
    const { data: others } = await query().graph({ entity: "maker", fields: ["handle", "products.status"], filters: { handle: { $ne: "naechingu-gim" } } })
    const onSale = others.find((m) => ((m.products ?? []) as { status: string }[]).some((p) => p.status === "published"))!
    b = await fixture(onSale.handle as string, "b")
    const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: "shopper@example.kr", password: "고객비번1234" })
    await api.post("/store/customers", { email: "shopper@example.kr" }, { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } })
    const { data: login } = await api.post("/auth/customer/emailpass", { email: "shopper@example.kr", password: "고객비번1234" })
    customer = { headers: { authorization: `Bearer ${login.token}` } }
  }, 900_000)

  it("discovers the seller routes, and the only public ones are the allow-list", () => {
    expect(routes.length).toBeGreaterThanOrEqual(10)
    expect(routes.filter(isPublic).map((r) => `${r.method} ${r.path}`).sort()).toEqual(SELLER_PUBLIC_ROUTES.map((r) => `${r.method} ${r.path}`).sort())
  })

  it("maker A with maker B's ids: every route × method answers 404 (or hides B), and nothing changes", async () => {
    const before = await dump()
    const bIds = [b.product_id, b.variant_id, b.member_id, b.invite_id, b.maker_id, b.order_id, b.parcel_id, b.image_id, b.statement_id, b.campaign_id, b.proposal_id]
    for (const route of guarded) {
      if (!route.params.length) {
        // no id in the path: a read must not show B's resources; a write must not take B's ids from the body
        if (route.method === "GET") {
          const res = await call(api, "GET", route.path, a.headers)
          expect(res.status, route.path).toBe(200)
          for (const id of bIds) expect(JSON.stringify(res.data), `${route.path} shows ${id}`).not.toContain(id)
        } else {
          const res = await responseOf(api.post(route.path, { maker_id: b.maker_id, product_id: b.product_id, id: b.product_id, statement_id: b.statement_id }, a.headers))
          expect(res.status, `${route.method} ${route.path}`).toBe(400)
        }
        cases++
        continue
      }
      const variants: ((p: string) => string)[] = [(p) => idFor(route, p, b)]
      // own parent, foreign child (e.g. A's product with B's variant)
      if (route.params.length > 1) variants.push((p) => idFor(route, p, p === route.params[route.params.length - 1] ? b : a))
      for (const pick of variants) {
        const url = fill(route, pick)
        const res = await call(api, route.method, url, a.headers)
        expect(res.status, `${route.method} ${url}`).toBe(404)
        expect(res.data.message, `${route.method} ${url}`).toMatch(/[가-힣]/)
        cases++
      }
    }
    expect(await dump()).toBe(before)
    // the same routes do answer for B itself (the 404s above are the scope, not broken routes)
    for (const route of guarded.filter((r) => r.method === "GET" && r.params.length)) {
      expect((await call(api, "GET", fill(route, (p) => idFor(route, p, b)), b.headers)).status, route.path).toBe(200)
    }
    console.log(`seller isolation matrix: ${guarded.length} routes × methods, ${cases} cross-maker cases`)
  })

  it("no seller login, a customer's or an admin's token: 401 on every seller route", async () => {
    let n = 0
    for (const route of guarded) {
      const url = route.params.length ? fill(route, (p) => idFor(route, p, a)) : route.path
      for (const [who, headers] of [["none", undefined], ["customer", customer], ["admin", admin]] as const) {
        const res = await call(api, route.method, url, headers)
        expect(res.status, `${who} ${route.method} ${url}`).toBe(401)
        n++
      }
    }
    cases += n
    console.log(`seller guard matrix: ${guarded.length} routes × 3 callers = ${n} cases`)
  })

  it("a seller token is refused on the admin API and on a customer's account", async () => {
    for (const url of ["/admin/products", "/admin/makers", "/admin/orders", "/admin/users/me", `/admin/makers/${a.maker_id}/seller-members`]) {
      expect((await call(api, "GET", url, a.headers)).status, url).toBe(401)
    }
    expect((await responseOf(api.post(`/admin/makers/${a.maker_id}/seller-invites`, { email: "x@example.kr" }, a.headers))).status).toBe(401)
    const me = await responseOf(api.get("/store/customers/me", { headers: { ...store.headers, ...a.headers.headers } }))
    expect(me.status).toBe(401)
  })
})
