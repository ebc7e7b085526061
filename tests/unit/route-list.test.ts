import { describe, expect, it } from "vitest"
import { exportedMethods, listRoutes } from "../integration/utils/route-list"

describe("route list from the route files", () => {
  it("reads the exported HTTP methods of a route file without importing it", () => {
    const source = [
      "export async function GET(req, res) {}",
      "export function POST(req, res) {}",
      "export const DELETE = async () => {}",
      "async function helper() {}",
      "export { handler as PUT }",
      "export const OPTIONS_NOTE = 1",
    ].join("\n")
    expect(exportedMethods(source)).toEqual(["GET", "POST", "PUT", "DELETE"])
  })

  it("lists store and admin routes with their [param] segments as :params", () => {
    const admin = listRoutes("admin")
    expect(admin).toContainEqual({
      path: "/admin/makers/:id",
      method: "POST",
      file: "backend/api/admin/makers/[id]/route.ts",
      params: ["id"],
    })
    expect(admin.every((r) => r.path.startsWith("/admin/"))).toBe(true)
    const store = listRoutes("store")
    expect(store).toContainEqual(expect.objectContaining({ path: "/store/carts/:id/maker-groups", method: "GET", params: ["id"] }))
    expect(store.find((r) => r.path === "/store/search")?.params).toEqual([])
  })
})
