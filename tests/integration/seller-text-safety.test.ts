import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { IMAGE_URL_ERROR } from "../../backend/lib/security/safe-url"
import { UNSTORABLE_TEXT_ERROR } from "../../backend/api/utils/reject-unstorable-text"
import { seedAll } from "../../seed/seed-all"
import { UNSAFE_IMAGE_URLS } from "../fixtures/xss-corpus"
import { adminHeaders, responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"

/** What staff write about makers, centers, brands and products, as stored through the admin API. */
runMedusa(__filename, ({ api, getContainer }) => {
  let admin: { headers: Record<string, string> }
  let localCenterId: string
  let regionalCenterId: string

  const newMaker = (handle: string, extra: Record<string, unknown> = {}) => ({
    handle,
    name: "새싹 자활기업",
    kind: "self_sufficiency_enterprise",
    center_id: localCenterId,
    region: "광주광역시",
    ...extra,
  })
  const logoOf = async (entity: "maker" | "joint_brand", id: string) => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity, fields: ["logo_url"], filters: { id } })
    return data[0]?.logo_url ?? null
  }

  beforeAll(async () => {
    await seedAll(getContainer())
    admin = await adminHeaders(api)
    const { data } = await api.get("/admin/centers?limit=100", admin)
    localCenterId = data.centers.find((c: { handle: string }) => c.handle === "gwangju-seogu").id
    regionalCenterId = data.centers.find((c: { handle: string }) => c.handle === "gwangju-regional").id
  })

  describe("logo and image URLs", () => {
    it("refuses javascript:, data: and disguised maker logos with a Korean 400, writing nothing", async () => {
      const { data: created } = await api.post("/admin/makers", newMaker("logo-maker", { logo_url: "https://cdn.jahwal.example/logo.png" }), admin)
      expect(created.maker.logo_url).toBe("https://cdn.jahwal.example/logo.png")
      for (const [i, logo_url] of UNSAFE_IMAGE_URLS.entries()) {
        const create = await responseOf(api.post("/admin/makers", newMaker(`bad-logo-${i}`, { logo_url }), admin))
        expect(create.status, JSON.stringify(logo_url)).toBe(400)
        // a URL hiding a NUL is stopped earlier by the input guard, with its own Korean message
        expect([IMAGE_URL_ERROR, UNSTORABLE_TEXT_ERROR], JSON.stringify(logo_url)).toContain(create.data.message)
        const update = await responseOf(api.post(`/admin/makers/${created.maker.id}`, { logo_url }, admin))
        expect(update.status, JSON.stringify(logo_url)).toBe(400)
      }
      expect(await logoOf("maker", created.maker.id)).toBe("https://cdn.jahwal.example/logo.png")
      const { data: list } = await api.get("/admin/makers?q=새싹&limit=100", admin)
      expect(list.makers.map((m: { handle: string }) => m.handle)).toEqual(["logo-maker"])
    })

    it("accepts our own file host (plain http locally) and clearing the logo", async () => {
      const { data: created } = await api.post("/admin/makers", newMaker("own-host-logo", { logo_url: "http://localhost:9000/static/1-logo.png" }), admin)
      expect(created.maker.logo_url).toBe("http://localhost:9000/static/1-logo.png")
      const { data: cleared } = await api.post(`/admin/makers/${created.maker.id}`, { logo_url: null }, admin)
      expect(cleared.maker.logo_url).toBeNull()
    })

    it("refuses unsafe joint brand logos", async () => {
      const base = { handle: "logo-brand", name: "로고 브랜드", owner_center_id: regionalCenterId }
      const bad = await responseOf(api.post("/admin/joint-brands", { ...base, logo_url: "javascript:window.__xss=1" }, admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain(IMAGE_URL_ERROR)
      const { data } = await api.post("/admin/joint-brands", { ...base, logo_url: "https://cdn.jahwal.example/b.png" }, admin)
      const update = await responseOf(api.post(`/admin/joint-brands/${data.joint_brand.id}`, { logo_url: "data:image/png;base64,AAAA" }, admin))
      expect(update.status).toBe(400)
    })

    it("refuses unsafe product images and thumbnails on Medusa's product routes", async () => {
      const { data: listed } = await api.get("/admin/products?handle=jaemina-cork-trivet-kit", admin)
      const product = listed.products[0]
      for (const body of [
        { thumbnail: "javascript:window.__xss=1" },
        { images: [{ url: "https://cdn.jahwal.example/ok.png" }, { url: "data:image/svg+xml,<svg onload=alert(1)>" }] },
        { thumbnail: "//evil.example/x.png" },
      ]) {
        const res = await responseOf(api.post(`/admin/products/${product.id}`, body, admin))
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message).toBe(IMAGE_URL_ERROR)
      }
      const create = await responseOf(api.post("/admin/products", { title: "새 상품", images: [{ url: "JaVaScRiPt:alert(1)" }] }, admin))
      expect(create.status).toBe(400)
      const batch = await responseOf(api.post("/admin/products/batch", { create: [{ title: "묶음 상품", thumbnail: "vbscript:x" }] }, admin))
      expect(batch.status).toBe(400)
      const { data: after } = await api.get(`/admin/products/${product.id}`, admin)
      expect(after.product.thumbnail).toBe(product.thumbnail)

      const ok = await api.post(`/admin/products/${product.id}`, { thumbnail: "https://cdn.jahwal.example/trivet.png" }, admin)
      expect(ok.status).toBe(200)
      expect(ok.data.product.thumbnail).toBe("https://cdn.jahwal.example/trivet.png")
    })
  })

  describe("plain text fields", () => {
    it("stores names and other one-line fields without tags and without entity encoding", async () => {
      const { data } = await api.post(
        "/admin/makers",
        newMaker("plain-maker", {
          name: "A&B <<script>script>window.__xss=1<</script>/script>",
          address: '광주 서구 &lt;script&gt;window.__xss=1&lt;/script&gt;상무대로 1 "2층"',
          representative: "<b>김</b>자활",
          certifications: [{ name: "HACCP <img src=x onerror=alert(1)>", number: "<scr<script>ipt>1</script>" }],
          story: "<p>함께 & 나눔</p><script>window.__xss=1</script>",
        }),
        admin
      )
      expect(data.maker.name).toBe("A&B")
      expect(data.maker.address).toBe('광주 서구 상무대로 1 "2층"')
      expect(data.maker.representative).toBe("김자활")
      expect(data.maker.certifications[0]).toEqual(expect.objectContaining({ name: "HACCP", number: "ipt>1" }))
      expect(data.maker.story).toBe("<p>함께 &amp; 나눔</p>")
    })

    it("refuses a name that is nothing but markup", async () => {
      const res = await responseOf(api.post("/admin/makers", newMaker("markup-name", { name: "<script>window.__xss=1</script>" }), admin))
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("이름에 표시할 글자가 없습니다")
    })

    it("cleans center and brand text the same way", async () => {
      const center = await api.post(
        "/admin/centers",
        { handle: "plain-center", name: "햇살&달빛 <svg onload=alert(1)></svg>센터", level: "regional", region: "광주광역시", address: "<i>광주</i> 북구" },
        admin
      )
      expect(center.data.center.name).toBe("햇살&달빛 센터")
      expect(center.data.center.address).toBe("광주 북구")
      const brand = await api.post(
        "/admin/joint-brands",
        { handle: "plain-brand", name: "손&손", slogan: "<b>함께</b> 만들go!", description: '<p onclick="x">소개</p><img src=x onerror=alert(1)>', owner_center_id: regionalCenterId },
        admin
      )
      const saved = brand.data.joint_brand
      expect(saved.name).toBe("손&손")
      expect(saved.slogan).toBe("함께 만들go!")
      expect(saved.description).toBe("<p>소개</p>")
    })
  })
})
