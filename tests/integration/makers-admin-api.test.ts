import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { createMakerWorkflow } from "../../backend/workflows/makers/workflows/create-maker"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"

const validMaker = (centerId: string, handle = "new-maker") => ({
  handle,
  name: "새싹 자활기업",
  kind: "self_sufficiency_enterprise",
  center_id: centerId,
  region: "광주광역시",
  business_registration_number: "410-82-47310",
  story: '<p>우리는 <strong>함께</strong> 일합니다.</p><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">링크</a>',
  certifications: [{ name: "HACCP", number: "2026-1-0001", valid_until: "2028-12-31" }],
})

runMedusa(__filename, ({ api, getContainer }) => {
  let admin: { headers: Record<string, string> }
  let storeHeaders: { headers: Record<string, string> }
  let localCenterId: string
  let regionalCenterId: string

  const count = async (entity: string) => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    return (await query.graph({ entity, fields: ["id"] })).data.length
  }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    storeHeaders = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    admin = await adminHeaders(api)
    const { data } = await api.get("/admin/centers?limit=100", admin)
    localCenterId = data.centers.find((c: { handle: string }) => c.handle === "gwangju-seogu").id
    regionalCenterId = data.centers.find((c: { handle: string }) => c.handle === "gwangju-regional").id
  })

  describe("makers", () => {
    it("requires an admin login", async () => {
      expect((await responseOf(api.get("/admin/makers"))).status).toBe(401)
    })

    it("creates a maker with certifications and stores the story sanitized", async () => {
      const { status, data } = await api.post("/admin/makers", validMaker(localCenterId), admin)
      expect(status).toBe(201)
      expect(data.maker.center.handle).toBe("gwangju-seogu")
      expect(data.maker.certifications).toEqual([expect.objectContaining({ name: "HACCP", number: "2026-1-0001" })])
      expect(data.maker.story).toContain("<strong>함께</strong>")
      expect(data.maker.story).not.toMatch(/script|onerror|javascript:/)
    })

    it("rejects invalid input with a 400 that says what is wrong, writing nothing", async () => {
      const before = await count("maker")
      const cases: [Record<string, unknown>, string][] = [
        [{ ...validMaker(localCenterId), handle: "naechingu-gim" }, "이미 사용 중인 핸들"],
        [{ ...validMaker(localCenterId), center_id: "ctr_missing" }, "알 수 없는 자활센터"],
        [{ ...validMaker(localCenterId), business_registration_number: "123-45-67890" }, "사업자등록번호"],
        [{ ...validMaker(localCenterId), kind: "company" }, "kind"],
        [{ ...validMaker(localCenterId), handle: "Bad Handle" }, "핸들"],
        [{ ...validMaker(localCenterId), phone: "12345" }, "전화번호"],
        [{ ...validMaker(localCenterId), unknown_field: 1 }, "unknown_field"],
      ]
      for (const [body, message] of cases) {
        const res = await responseOf(api.post("/admin/makers", body, admin))
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message).toContain(message)
      }
      expect(await count("maker")).toBe(before)
    })

    it("rolls the maker back when a later step of the workflow fails", async () => {
      const before = { makers: await count("maker"), certifications: await count("maker_certification") }
      // bypasses the route's validation: the certification insert fails (NOT NULL) after the
      // maker row was written, so the workflow must compensate
      const input = {
        ...validMaker(localCenterId, "half-written"),
        certifications: [{ name: "HACCP", number: null as unknown as string }],
      } as Parameters<ReturnType<typeof createMakerWorkflow>["run"]>[0] extends { input?: infer I } ? I : never
      await expect(createMakerWorkflow(getContainer()).run({ input })).rejects.toThrow()
      expect({ makers: await count("maker"), certifications: await count("maker_certification") }).toEqual(before)
    })

    it("updates given fields only and replaces certifications", async () => {
      const { data: created } = await api.post("/admin/makers", validMaker(localCenterId, "to-update"), admin)
      const { data } = await api.post(
        `/admin/makers/${created.maker.id}`,
        { representative: "김자활", certifications: [{ name: "품질인증", number: "Q-77" }] },
        admin
      )
      expect(data.maker.representative).toBe("김자활")
      expect(data.maker.name).toBe("새싹 자활기업")
      expect(data.maker.certifications.map((c: { name: string }) => c.name)).toEqual(["품질인증"])
      expect((await responseOf(api.post("/admin/makers/mkr_missing", { name: "x" }, admin))).status).toBe(404)
    })
  })

  describe("centers and joint brands", () => {
    it("enforces the center hierarchy", async () => {
      const noParent = await responseOf(
        api.post("/admin/centers", { handle: "new-local", name: "새 지역자활센터", level: "local", region: "광주광역시" }, admin)
      )
      expect(noParent.status).toBe(400)
      expect(noParent.data.message).toContain("상위 광역자활센터")
      const localParent = await responseOf(
        api.post("/admin/centers", { handle: "new-local", name: "새 지역자활센터", level: "local", region: "광주광역시", parent_id: localCenterId }, admin)
      )
      expect(localParent.status).toBe(400)
      const ok = await api.post(
        "/admin/centers",
        { handle: "new-local", name: "새 지역자활센터", level: "local", region: "광주광역시", parent_id: regionalCenterId },
        admin
      )
      expect(ok.status).toBe(201)
    })

    it("requires a regional owner and existing members for a joint brand", async () => {
      const base = { handle: "new-brand", name: "새 브랜드", owner_center_id: regionalCenterId }
      const localOwner = await responseOf(api.post("/admin/joint-brands", { ...base, owner_center_id: localCenterId }, admin))
      expect(localOwner.status).toBe(400)
      expect(localOwner.data.message).toContain("광역자활센터")
      const ghost = await responseOf(api.post("/admin/joint-brands", { ...base, member_ids: ["mkr_missing"] }, admin))
      expect(ghost.status).toBe(400)
      const { data: makers } = await api.get("/admin/makers?limit=2", admin)
      const ok = await api.post("/admin/joint-brands", { ...base, member_ids: makers.makers.map((m: { id: string }) => m.id) }, admin)
      expect(ok.data.joint_brand.members).toHaveLength(2)
    })
  })

  describe("a product's maker", () => {
    it("moves a product to another maker, keeping exactly one, and removes its brand on request", async () => {
      const { data: list } = await api.get("/store/products?handle=naechingu-gim-jaban&fields=id,*maker,*joint_brand", storeHeaders)
      const product = list.products[0]
      expect(product.maker.handle).toBe("naechingu-gim")
      const { data: makers } = await api.get("/admin/makers?q=맛사랑", admin)
      const target = makers.makers[0]

      const bad = await responseOf(api.post(`/admin/products/${product.id}/maker`, { maker_id: "mkr_missing" }, admin))
      expect(bad.status).toBe(400)

      const moved = await api.post(`/admin/products/${product.id}/maker`, { maker_id: target.id, joint_brand_id: null }, admin)
      expect(moved.data.maker.id).toBe(target.id)
      expect(moved.data.joint_brand).toBeNull()

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "product", fields: ["maker.id"], filters: { id: product.id } })
      expect((links[0] as unknown as { maker: { id: string } }).maker.id).toBe(target.id)
      const { data: old } = await api.get("/store/makers/naechingu-gim", storeHeaders)
      expect(old.products.map((p: { id: string }) => p.id)).not.toContain(product.id)
    })
  })
})
