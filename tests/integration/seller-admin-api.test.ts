import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, inviteTokenOf, latestMail, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }

const listing = (title: string, category_id?: string) => ({
  title,
  description: "<p>처음 설명</p>",
  ...(category_id ? { category_id } : {}),
  options: [{ title: "구성", values: ["1봉", "3봉"] }],
  variants: [
    { title: "1봉", options: { 구성: "1봉" }, price: 5000, stock: 10 },
    { title: "3봉", options: { 구성: "3봉" }, price: 14000, stock: 5 },
  ],
})

/** The admin API behind the 승인 대기 page and the maker page's 판매자센터 구성원 section. */
runMedusa(__filename, ({ api, getContainer }) => {
  let admin: Headers
  let seller: Headers
  let makerId: string
  let otherMakerId: string
  let categories: { id: string; name: string }[]

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const count = async (status?: string) => (await api.get(`/admin/listing-approvals/count${status ? `?status=${status}` : ""}`, admin)).data.count as number

  beforeAll(async () => {
    await seedAll(getContainer())
    admin = await adminHeaders(api)
    const { data: makers } = await query().graph({ entity: "maker", fields: ["id", "handle"], filters: { status: "active" } })
    makerId = makers.find((m) => m.handle === "naechingu-gim")!.id as string
    otherMakerId = makers.find((m) => m.id !== makerId)!.id as string
    const { data: cats } = await query().graph({ entity: "product_category", fields: ["id", "name"], pagination: { take: 2 } })
    categories = cats as { id: string; name: string }[]
    await createSellerAccount(getContainer(), { maker_id: makerId, email: "approver-test@example.kr", role: "staff" })
    seller = await sellerHeaders(api, "approver-test@example.kr", "jahwal1234")
  })

  describe("GET /admin/listing-approvals/count", () => {
    it("counts pending requests as they are asked and decided", async () => {
      const before = await count()
      const { data: a } = await api.post("/seller/products", listing("카운트 누룽지 A"), seller)
      await api.post("/seller/products", listing("카운트 누룽지 B"), seller)
      expect(await count()).toBe(before + 2)
      expect(await count("pending")).toBe(before + 2)
      const approvedBefore = await count("approved")
      const { data: list } = await api.get("/admin/listing-approvals", admin)
      const request = list.listing_approvals.find((r: { product_id: string }) => r.product_id === a.product.id)
      await api.post(`/admin/listing-approvals/${request.id}/approve`, {}, admin)
      expect(await count()).toBe(before + 1)
      expect(await count("approved")).toBe(approvedBefore + 1)
    })

    it("bad status and unknown parameters are Korean 400s; staff only", async () => {
      const bad = await responseOf(api.get("/admin/listing-approvals/count?status=done", admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("status는 pending, approved, rejected 중 하나여야 합니다")
      const extra = await responseOf(api.get("/admin/listing-approvals/count?limit=5", admin))
      expect(extra.status).toBe(400)
      expect(extra.data.message).toContain("알 수 없는 검색 조건입니다")
      expect((await responseOf(api.get("/admin/listing-approvals/count"))).status).toBe(401)
      expect((await responseOf(api.get("/admin/listing-approvals/count", seller))).status).toBe(401)
    })
  })

  it("the queue names the requesting member and the categories of both sides of an edit", async () => {
    const [first, second] = categories
    const { data } = await api.post("/seller/products", listing("비교 누룽지", first.id), seller)
    const id = data.product.id
    const pending = async () => (await api.get("/admin/listing-approvals", admin)).data.listing_approvals as Record<string, any>[]
    const created = (await pending()).find((r) => r.product_id === id)!
    expect(created).toMatchObject({ kind: "new", member: { email: "approver-test@example.kr" }, maker: { id: makerId }, product: { title: "비교 누룽지" } })
    expect(Array.isArray(created.product.images)).toBe(true)
    await api.post(`/admin/listing-approvals/${created.id}/approve`, {}, admin)

    await api.post(`/seller/products/${id}`, { category_id: second.id, subtitle: "고소한 맛" }, seller)
    const edit = (await pending()).find((r) => r.product_id === id)!
    expect(edit).toMatchObject({ kind: "edit", changes: { category_id: second.id, subtitle: "고소한 맛" }, category_names: { changes: second.name, previous: first.name } })
  })

  describe("DELETE /admin/makers/:id/seller-invites/:invite_id", () => {
    const invite = async (email: string, maker = makerId) => {
      const { data } = await api.post(`/admin/makers/${maker}/seller-invites`, { email, role: "staff" }, admin)
      return data.invite.id as string
    }
    const pendingInvites = async (maker = makerId) => (await api.get(`/admin/makers/${maker}/seller-members`, admin)).data.invites as { id: string }[]

    it("withdraws a pending invite: it leaves the list and its link no longer works", async () => {
      const id = await invite("withdrawn@example.kr")
      const token = inviteTokenOf(await latestMail(getContainer(), "withdrawn@example.kr", "seller-invite"))
      expect((await pendingInvites()).map((i) => i.id)).toContain(id)
      const res = await api.delete(`/admin/makers/${makerId}/seller-invites/${id}`, admin)
      expect(res.data).toEqual({ id, object: "seller_invite", deleted: true })
      expect((await pendingInvites()).map((i) => i.id)).not.toContain(id)
      const accept = await responseOf(api.post("/seller/invites/accept", { token, password: "비밀번호1234", name: "철회" }))
      expect(accept.status).toBe(400)
      // a second withdrawal finds nothing
      const again = await responseOf(api.delete(`/admin/makers/${makerId}/seller-invites/${id}`, admin))
      expect(again.status).toBe(404)
      expect(again.data.message).toBe("초대를 찾을 수 없습니다.")
    })

    it("another maker's invite, an unknown maker, an accepted invite and a body are refused in Korean, nothing withdrawn", async () => {
      const theirs = await invite("theirs@example.kr", otherMakerId)
      const wrongMaker = await responseOf(api.delete(`/admin/makers/${makerId}/seller-invites/${theirs}`, admin))
      expect(wrongMaker.status).toBe(404)
      expect((await pendingInvites(otherMakerId)).map((i) => i.id)).toContain(theirs)
      const unknown = await responseOf(api.delete(`/admin/makers/mkr_missing/seller-invites/${theirs}`, admin))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toContain("만든 곳을 찾을 수 없습니다")

      const used = await invite("used@example.kr")
      const token = inviteTokenOf(await latestMail(getContainer(), "used@example.kr", "seller-invite"))
      await api.post("/seller/invites/accept", { token, password: "비밀번호1234", name: "사용" })
      expect((await responseOf(api.delete(`/admin/makers/${makerId}/seller-invites/${used}`, admin))).status).toBe(404)

      const pending = await invite("body@example.kr")
      const withBody = await responseOf(api.delete(`/admin/makers/${makerId}/seller-invites/${pending}`, { ...admin, data: { force: true } }))
      expect(withBody.status).toBe(400)
      expect((await pendingInvites()).map((i) => i.id)).toContain(pending)
      expect((await responseOf(api.delete(`/admin/makers/${makerId}/seller-invites/${pending}`))).status).toBe(401)
      expect((await responseOf(api.delete(`/admin/makers/${makerId}/seller-invites/${pending}`, seller))).status).toBe(401)
    })
  })
})
