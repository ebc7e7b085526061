import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, expect, it } from "vitest"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, latestMail, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }
type Approval = { id: string; kind: string; product_id: string; changes: Record<string, unknown> | null; previous: Record<string, unknown> | null; product: { title: string }; maker: { handle: string } }

const listing = {
  title: "승인 대기 누룽지",
  description: "<p>처음 설명</p>",
  options: [{ title: "구성", values: ["1봉", "3봉"] }],
  variants: [
    { title: "1봉", options: { 구성: "1봉" }, price: 5000, stock: 10 },
    { title: "3봉", options: { 구성: "3봉" }, price: 14000, stock: 5 },
  ],
}

runMedusa(__filename, ({ api, getContainer }) => {
  let admin: Headers
  let seller: Headers
  let store: Headers

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const pending = async () => (await api.get("/admin/listing-approvals", admin)).data.listing_approvals as Approval[]

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    admin = await adminHeaders(api)
    const { data } = await query().graph({ entity: "maker", fields: ["id"], filters: { handle: "naechingu-gim" } })
    await createSellerAccount(getContainer(), { maker_id: data[0].id as string, email: "seller@example.kr", role: "staff" })
    seller = await sellerHeaders(api, "seller@example.kr", "jahwal1234")
  })

  it("a new listing waits in the queue; approved, it is in the store; the seller is mailed", async () => {
    const { data } = await api.post("/seller/products", listing, seller)
    const id = data.product.id
    const queued = (await pending()).find((a) => a.product_id === id)!
    expect(queued).toMatchObject({ kind: "new", product: { title: "승인 대기 누룽지" }, maker: { handle: "naechingu-gim" } })
    expect((await responseOf(api.get(`/store/products/${id}`, store))).status).toBe(404)

    await api.post(`/admin/listing-approvals/${queued.id}/approve`, {}, admin)
    expect((await api.get(`/store/products/${id}`, store)).data.product.title).toBe("승인 대기 누룽지")
    expect((await pending()).some((a) => a.id === queued.id)).toBe(false)
    expect((await latestMail(getContainer(), "seller@example.kr", "seller-listing-decision")).data.status).toBe("approved")
    const again = await responseOf(api.post(`/admin/listing-approvals/${queued.id}/approve`, {}, admin))
    expect(again.status).toBe(400)
    expect(again.data.message).toBe("이미 처리된 승인 요청입니다.")
  })

  it("an edit of a published product waits: the store shows the old text until staff approve", async () => {
    const { data } = await api.post("/seller/products", listing, seller)
    const id = data.product.id
    await api.post(`/admin/listing-approvals/${(await pending()).find((a) => a.product_id === id)!.id}/approve`, {}, admin)

    const edit = await api.post(`/seller/products/${id}`, { description: "<p>새 설명</p><script>x</script>" }, seller)
    expect(edit.status).toBe(202)
    expect(edit.data.product.description).toBe("<p>처음 설명</p>")
    expect((await api.get(`/store/products/${id}`, store)).data.product.description).toBe("<p>처음 설명</p>")
    // a second edit joins the open request (one pending edit per product)
    await api.post(`/seller/products/${id}`, { title: "새 이름 누룽지" }, seller)
    const edits = (await pending()).filter((a) => a.product_id === id)
    expect(edits).toHaveLength(1)
    expect(edits[0]).toMatchObject({ kind: "edit", changes: { description: "<p>새 설명</p>", title: "새 이름 누룽지" }, previous: { description: "<p>처음 설명</p>", title: "승인 대기 누룽지" } })

    await api.post(`/admin/listing-approvals/${edits[0].id}/approve`, {}, admin)
    const live = (await api.get(`/store/products/${id}`, store)).data.product
    expect(live).toMatchObject({ title: "새 이름 누룽지", description: "<p>새 설명</p>" })
  })

  it("staff reject with a reason the seller sees; an empty reason is a Korean 400", async () => {
    const { data } = await api.post("/seller/products", listing, seller)
    const id = data.product.id
    const request = (await pending()).find((a) => a.product_id === id)!
    const empty = await responseOf(api.post(`/admin/listing-approvals/${request.id}/reject`, { reason: "" }, admin))
    expect(empty.status).toBe(400)
    expect(empty.data.message).toBe("반려 사유를 입력하세요")
    await api.post(`/admin/listing-approvals/${request.id}/reject`, { reason: "사진을 더 선명하게 올려 주세요" }, admin)
    const { data: mine } = await api.get(`/seller/products/${id}`, seller)
    expect(mine.product.status).toBe("rejected")
    expect(mine.revisions[0]).toMatchObject({ status: "rejected", reason: "사진을 더 선명하게 올려 주세요" })
    expect((await latestMail(getContainer(), "seller@example.kr", "seller-listing-decision")).data.reason).toBe("사진을 더 선명하게 올려 주세요")
  })

  it("the queue is staff-only: no login and seller tokens get 401", async () => {
    expect((await responseOf(api.get("/admin/listing-approvals"))).status).toBe(401)
    expect((await responseOf(api.get("/admin/listing-approvals", seller))).status).toBe(401)
    expect((await responseOf(api.post("/admin/listing-approvals/lrev_x/approve", {}, seller))).status).toBe(401)
    expect((await responseOf(api.post("/admin/listing-approvals/lrev_missing/approve", {}, admin))).status).toBe(404)
  })
})
