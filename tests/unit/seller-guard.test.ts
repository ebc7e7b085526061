import { describe, expect, it } from "vitest"
import rootMiddlewares from "../../backend/api/middlewares"
import { isPublicSellerRoute, SELLER_PUBLIC_ROUTES, sellerGuard } from "../../backend/api/seller/guard"
import { SELLER_GUARD_ROUTE, sellerMiddlewares } from "../../backend/api/seller/middlewares"
import { listRoutes } from "../integration/utils/route-list"

/**
 * The static half of "no seller route without the guard" (the HTTP half is
 * tests/integration/seller-isolation.test.ts): the guard is mounted on the whole /seller prefix
 * without a method (Medusa sorts such middlewares before every method-bound one), the root
 * collects it, and nothing else under /seller is method-less.
 */
describe("seller guard wiring", () => {
  const routes = (rootMiddlewares as { routes: { matcher: string | RegExp; methods?: unknown; middlewares?: unknown[] }[] }).routes

  it("the root middlewares mount the guard on /seller for every method", () => {
    // defineMiddlewares turns `method` into `methods`; undefined = every method
    const guardEntries = routes.filter((r) => r.middlewares?.includes(sellerGuard))
    expect(guardEntries).toEqual([{ matcher: "/seller", methods: undefined, middlewares: [sellerGuard] }])
    expect(SELLER_GUARD_ROUTE.matcher).toBe("/seller")
    expect(SELLER_GUARD_ROUTE.method).toBeUndefined()
  })

  it("every other /seller middleware names its methods (so it runs after the guard)", () => {
    const others = routes.filter((r) => !r.middlewares?.includes(sellerGuard) && String(r.matcher).startsWith("/seller"))
    expect(others.length).toBeGreaterThan(0)
    for (const entry of others) expect(entry.methods, String(entry.matcher)).toBeDefined()
    expect(sellerMiddlewares.every((r) => r === SELLER_GUARD_ROUTE || r.method)).toBe(true)
  })

  it("the public allow-list is exactly invite preview and accept, and names existing routes", () => {
    expect(SELLER_PUBLIC_ROUTES).toEqual([
      { method: "GET", path: "/seller/invites/accept" },
      { method: "POST", path: "/seller/invites/accept" },
    ])
    const discovered = new Set(listRoutes("seller").map((r) => `${r.method} ${r.path}`))
    for (const r of SELLER_PUBLIC_ROUTES) expect(discovered.has(`${r.method} ${r.path}`)).toBe(true)
    expect(isPublicSellerRoute("GET", "/seller/invites/accept")).toBe(true)
    expect(isPublicSellerRoute("DELETE", "/seller/invites/accept")).toBe(false)
    expect(isPublicSellerRoute("GET", "/seller/invites/accept/x")).toBe(false)
    expect(isPublicSellerRoute("GET", "/seller/me")).toBe(false)
  })
})
