import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, expect, it } from "vitest"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders } from "./utils/admin"
import { placeOrder } from "./utils/checkout"
import { changedTables, tableFingerprint } from "./utils/db-snapshot"
import { casesFor, fieldsOf, type FuzzCase } from "./utils/fuzz-cases"
import { runMedusa } from "./utils/medusa-runner"
import { HANGUL } from "./utils/poll"
import { listRoutes, type RouteEntry } from "./utils/route-list"

/**
 * Medusa's own routes that our middlewares wrap (backend/api/store/carts/middlewares.ts and
 * check-checkout-input.ts): their Korean checks run ahead of Medusa's validators, so they are
 * fuzzed too, with the fields a client really sends them.
 */
const WRAPPED_CORE_ROUTES: [RouteEntry, string[]][] = [
  [core("POST", "/store/carts", []), ["email", "region_id", "items", "shipping_address", "metadata", "promo_codes"]],
  [core("POST", "/store/carts/:id", ["id"]), ["email", "region_id", "shipping_address", "billing_address", "metadata"]],
  [core("POST", "/store/carts/:id/line-items", ["id"]), ["variant_id", "quantity", "metadata"]],
  [core("POST", "/store/carts/:id/line-items/:line_id", ["id", "line_id"]), ["quantity", "metadata"]],
  [core("POST", "/store/customers/me/addresses", []), ["first_name", "address_1", "postal_code", "phone", "country_code"]],
  [core("POST", "/store/customers/me/addresses/:address_id", ["address_id"]), ["first_name", "postal_code", "phone", "country_code"]],
]

function core(method: "POST", path: string, params: string[]): RouteEntry {
  return { method, path, params, file: "backend/api/store/carts/middlewares.ts" }
}

const isCustomerRoute = (path: string) => path.startsWith("/store/customers/me")

type Auth = { name: string; headers: Record<string, string> }
type Response = { status: number; data: unknown }

runMedusa(__filename, ({ api, getContainer }) => {
  let admin: Auth
  let guest: Auth
  let customer: Auth
  /** real values per "<segment>:<param>", so a case with one bad part reaches validation */
  const real: Record<string, string> = {}

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const first = async (entity: string, filters: Record<string, unknown> = {}, fields = ["id"]) => {
    const { data } = await query().graph({ entity, fields, filters, pagination: { take: 1 } })
    return data[0] as Record<string, string>
  }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    guest = { name: "guest", headers: { "x-publishable-api-key": seeded.publishableKey } }
    admin = { name: "admin", headers: { ...guest.headers, ...(await adminHeaders(api)).headers } }

    const email = "fuzz-customer@example.kr"
    const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-1234" })
    await api.post("/store/customers", { email, first_name: "퍼즈" }, { headers: { ...guest.headers, authorization: `Bearer ${reg.token}` } })
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "secret-1234" })
    customer = { name: "customer", headers: { ...guest.headers, authorization: `Bearer ${login.token}` } }
    const address = { first_name: "홍길동", address_1: "광주광역시 서구 죽봉대로 38번길 25", postal_code: "61947", phone: "010-1234-5678", country_code: "kr" }
    const { data: withAddress } = await api.post("/store/customers/me/addresses", address, customer)

    const variant = await first("product_variant", { sku: "NCG-GIFT-SET" }, ["id", "product_id"])
    const order = await placeOrder(api, seeded.publishableKey, seeded.regionId, [{ variant_id: variant.id, quantity: 1 }])
    const { data: cart } = await api.post("/store/carts", { region_id: seeded.regionId }, guest)
    const { data: filled } = await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, guest)
    const maker = await first("maker", { status: "active" }, ["id", "handle"])
    const brand = await first("joint_brand", {}, ["id", "handle"])
    Object.assign(real, {
      "makers:id": maker.id,
      "makers:handle": maker.handle,
      "centers:id": (await first("center")).id,
      "joint-brands:id": brand.id,
      "brands:handle": brand.handle,
      "gift-sets:variant_id": variant.id,
      "products:id": variant.product_id,
      "orders:id": order.id,
      "carts:id": cart.cart.id,
      "line-items:line_id": filled.cart.items[0].id,
      "addresses:address_id": withAddress.customer.addresses[0].id,
    })
  })

  /** The route's parameters filled with real ids, looked up by the segment in front of each. */
  const realParams = (route: RouteEntry) => {
    const segments = route.path.split("/")
    return Object.fromEntries(
      route.params.map((param) => {
        const before = segments[segments.indexOf(`:${param}`) - 1]
        return [param, real[`${before}:${param}`] ?? "x"]
      })
    )
  }

  const send = (route: RouteEntry, c: FuzzCase, auth: Auth): Promise<Response> =>
    api.request({
      method: route.method,
      url: c.query ? `${c.path}?${c.query}` : c.path,
      data: c.body,
      headers: { ...auth.headers, ...(c.body !== undefined ? { "content-type": c.contentType ?? "application/json" } : {}) },
      transformRequest: [(body: unknown) => body],
      validateStatus: () => true,
      maxBodyLength: Infinity,
      maxContentLength: Infinity,
    })

  const messageOf = (data: unknown) => {
    const body = (typeof data === "string" ? safeJson(data) : data) as { message?: unknown } | null
    return typeof body?.message === "string" ? body.message : undefined
  }

  /** What is wrong with one answer (empty when it is fine). */
  function judge(c: FuzzCase, res: Response): string | undefined {
    const message = messageOf(res.data)
    if (res.status >= 500) return `${res.status} ${message ?? String(res.data).slice(0, 120)}`
    if (res.status >= 400) return message && HANGUL.test(message) ? undefined : `${res.status} without a Korean message: ${JSON.stringify(message ?? res.data).slice(0, 160)}`
    if (c.mustReject) return `accepted (${res.status})`
    return undefined
  }

  async function settle(fingerprint: () => Promise<Record<string, string>>) {
    // subscribers of an accepted write (search sync) finish shortly after the answer
    let last = await fingerprint()
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 200))
      const next = await fingerprint()
      if (changedTables(last, next).length === 0) return next
      last = next
    }
    return last
  }

  it("the write check sees an accepted write (so 'nothing written' below means something)", async () => {
    const fingerprint = await tableFingerprint(getContainer())
    const before = await settle(fingerprint)
    await api.post(`/admin/makers/${real["makers:id"]}`, { representative: "김대표" }, admin)
    expect(changedTables(before, await fingerprint())).toContainEqual(expect.stringMatching(/^maker: /))
  })

  it("answers malformed input on every custom store and admin route with a Korean 4xx, writing nothing", async () => {
    const fingerprint = await tableFingerprint(getContainer())
    const targets: [RouteEntry, string[], Auth][] = [
      ...listRoutes("store").flatMap((r): [RouteEntry, string[], Auth][] =>
        r.path.startsWith("/store/orders/") ? [[r, fieldsOf(r), guest], [r, fieldsOf(r), customer]] : [[r, fieldsOf(r), isCustomerRoute(r.path) ? customer : guest]]
      ),
      ...listRoutes("admin").map((r): [RouteEntry, string[], Auth] => [r, fieldsOf(r), admin]),
      ...WRAPPED_CORE_ROUTES.map(([r, fields]): [RouteEntry, string[], Auth] => [r, fields, isCustomerRoute(r.path) ? customer : guest]),
    ]
    const failures: string[] = []
    const counts: string[] = []
    let total = 0
    let accepted = 0
    let baseline = await settle(fingerprint)

    for (const [route, fields, auth] of targets) {
      const cases = casesFor(route, realParams(route), fields)
      counts.push(`${route.method} ${route.path} (${auth.name}): ${cases.length}`)
      for (const c of cases) {
        const res = await send(route, c, auth)
        total++
        const where = `${route.method} ${route.path} as ${auth.name} [${c.label}]`
        const problem = judge(c, res)
        if (problem) failures.push(`${where}: ${problem}`)
        if (route.method === "GET") continue
        if (res.status < 300) {
          // a valid request may write; the next case starts from what it left
          accepted++
          baseline = await settle(fingerprint)
          continue
        }
        const after = await fingerprint()
        const changed = changedTables(baseline, after)
        if (changed.length) failures.push(`${where}: refused with ${res.status} but wrote ${changed.join(", ")}`)
        baseline = after
      }
      if (route.method === "GET") {
        const after = await fingerprint()
        const changed = changedTables(baseline, after)
        if (changed.length) failures.push(`${route.method} ${route.path}: GET cases wrote ${changed.join(", ")}`)
        baseline = after
      }
    }

    console.log(`route fuzz: ${targets.length} route × method × auth, ${total} cases (${accepted} valid writes accepted)\n  ${counts.join("\n  ")}`)
    expect(targets.length).toBeGreaterThan(30)
    expect(failures).toEqual([])
  }, 1_800_000)
})

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
