import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import fs from "node:fs"
import path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { SELLER_ERRORS } from "../../backend/lib/seller/seller-errors"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { imageForm, picture, storedImage } from "./utils/images"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }
type Image = { id: string; url: string; alt: string }

const STATIC_DIR = path.resolve(__dirname, "../../static")
const storedFiles = () => (fs.existsSync(STATIC_DIR) ? fs.readdirSync(STATIC_DIR).length : 0)

/** 판매자센터 images: upload (checked by bytes, resized, stored by the file module), alt text, approval of published pictures. */
runMedusa(__filename, ({ api, getContainer }) => {
  let seller: Headers
  let store: Headers
  let admin: Headers
  let draftId: string
  let publishedId: string

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const imageRows = async () => (await query().graph({ entity: "product", fields: ["id", "images.id"] })).data.flatMap((p) => (p.images ?? []) as unknown[]).length
  const liveImages = async (id: string) =>
    ((await query().graph({ entity: "product", fields: ["thumbnail", "images.id", "images.url", "images.metadata", "images.rank"], filters: { id } })).data[0]) as {
      thumbnail: string | null
      images: { id: string; url: string; rank: number; metadata: { alt?: string } | null }[]
    }
  const upload = (productId: string, form: FormData) => responseOf<{ image: Image; pending: boolean; message: string }>(api.post(`/seller/products/${productId}/images`, form, seller))

  /** Three pictures on the draft product (each test starts from the database as beforeAll left it). */
  async function threePictures() {
    for (const n of [1, 2, 3]) await upload(draftId, imageForm(await picture("jpeg", 400, 300), `p${n}.jpg`, "image/jpeg", { alt: `누룽지 사진 ${n}` }))
    return (await liveImages(draftId)).images.sort((a, b) => a.rank - b.rank)
  }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    admin = await adminHeaders(api)
    const { data: makers } = await query().graph({ entity: "maker", fields: ["id", "products.id", "products.status"], filters: { handle: "naechingu-gim" } })
    publishedId = (makers[0].products as { id: string; status: string }[]).find((p) => p.status === "published")!.id
    await createSellerAccount(getContainer(), { maker_id: makers[0].id as string, email: "images@example.kr", role: "staff" })
    seller = await sellerHeaders(api, "images@example.kr", "jahwal1234")
    const { data } = await api.post(
      "/seller/products",
      { title: "사진 누룽지", options: [{ title: "구성", values: ["1봉"] }], variants: [{ title: "1봉", options: { 구성: "1봉" }, price: 5000, stock: 9 }] },
      seller
    )
    draftId = data.product.id
  })

  describe("a product not on sale: applied at once", () => {
    it("takes JPEG, PNG and WebP, upright by EXIF, shrunk to 1200 px, re-encoded as WebP without metadata", async () => {
      const cases: [Buffer, string, string, [number, number]][] = [
        // 2000×1000 stored sideways (EXIF 6 = turn 90°): upright it is 1000×2000 → 600×1200
        [await picture("jpeg", 2000, 1000, 6), "phone.jpg", "image/jpeg", [600, 1200]],
        [await picture("png", 1600, 800), "scan.png", "image/png", [1200, 600]],
        // small pictures are never enlarged
        [await picture("webp", 800, 600), "small.webp", "image/webp", [800, 600]],
      ]
      for (const [i, [file, name, type, [width, height]]] of cases.entries()) {
        const res = await upload(draftId, imageForm(file, name, type, { alt: `누룽지 사진 ${i + 1}` }))
        expect(res.status, name).toBe(201)
        expect(res.data.pending).toBe(false)
        expect(res.data.image).toMatchObject({ alt: `누룽지 사진 ${i + 1}` })
        expect(res.data.image.id).toMatch(/^img_/)
        expect(res.data.image.url).not.toContain(name.split(".")[0])
        expect(await storedImage(api, res.data.image.url), name).toEqual({ width, height, format: "webp", exif: undefined })
      }
      const live = await liveImages(draftId)
      expect(live.images.sort((a, b) => a.rank - b.rank).map((i) => i.metadata?.alt)).toEqual(["누룽지 사진 1", "누룽지 사진 2", "누룽지 사진 3"])
      expect(live.thumbnail).toBe(live.images[0].url)
      const { data } = await api.get(`/seller/products/${draftId}`, seller)
      expect(data.product.images).toHaveLength(3)
    })

    it("edits alt text and removes a picture; the thumbnail follows the first picture", async () => {
      const before = await threePictures()
      const edited = await api.post(`/seller/products/${draftId}/images/${before[1].id}`, { alt: "바삭한 누룽지 한 봉" }, seller)
      expect(edited.data).toMatchObject({ image: { id: before[1].id, alt: "바삭한 누룽지 한 봉" }, pending: false })
      const removed = await api.delete(`/seller/products/${draftId}/images/${before[0].id}`, seller)
      expect(removed.data).toMatchObject({ id: before[0].id, deleted: true, pending: false })
      const after = await liveImages(draftId)
      expect(after.images.map((i) => i.id).sort()).toEqual([before[1].id, before[2].id].sort())
      expect(after.images.find((i) => i.id === before[1].id)?.metadata?.alt).toBe("바삭한 누룽지 한 봉")
      expect(after.thumbnail).toBe(before[1].url)
      const gone = await responseOf(api.delete(`/seller/products/${draftId}/images/${before[0].id}`, seller))
      expect(gone.status).toBe(404)
      expect(gone.data.message).toBe(SELLER_ERRORS.imageNotFound)
    })

    it("refuses a PDF named .jpg, a 30 MB upload, a missing file and HTML or missing alt text in Korean, storing nothing", async () => {
      const [first] = await threePictures()
      const rows = await imageRows()
      const files = storedFiles()
      const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
      const jpeg = await picture("jpeg", 300, 300)
      const huge = Buffer.concat([jpeg.subarray(0, 4), Buffer.alloc(30 * 1024 * 1024, 7)])
      const cases: [FormData | Record<string, unknown>, number, string | RegExp][] = [
        [imageForm(pdf, "photo.jpg", "image/jpeg", { alt: "사진" }), 400, SELLER_ERRORS.fileType],
        [imageForm(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), "logo.png", "image/png", { alt: "사진" }), 400, SELLER_ERRORS.fileType],
        [imageForm(huge, "huge.jpg", "image/jpeg", { alt: "사진" }), 413, SELLER_ERRORS.fileTooLarge],
        [imageForm(jpeg, "a.jpg", "image/jpeg", { alt: "<b>굵은</b> 설명" }), 400, /HTML/],
        [imageForm(jpeg, "a.jpg", "image/jpeg", { alt: "<img src=x onerror=alert(1)>" }), 400, /HTML/],
        [imageForm(jpeg, "a.jpg", "image/jpeg", {}), 400, /이미지 설명/],
        [imageForm(jpeg, "a.jpg", "image/jpeg", { alt: "가".repeat(121) }), 400, /120자/],
        [imageForm(jpeg, "a.jpg", "image/jpeg", { alt: "사진", extra: "1" }), 400, /알 수 없는 항목/],
        [imageForm(jpeg, "a.jpg", "image/jpeg", { alt: "a\u0000b" }), 400, /NUL/],
        [{ alt: "사진" }, 400, SELLER_ERRORS.multipartRequired],
      ]
      for (const [i, [body, status, message]] of cases.entries()) {
        const res = await responseOf<{ message: string }>(api.post(`/seller/products/${draftId}/images`, body, { ...seller, maxBodyLength: Infinity }))
        expect(res.status, `case ${i}`).toBe(status)
        if (typeof message === "string") expect(res.data.message, `case ${i}`).toBe(message)
        else expect(res.data.message, `case ${i}`).toMatch(message)
      }
      const noFile = new FormData()
      noFile.append("alt", "사진")
      const missing = await responseOf(api.post(`/seller/products/${draftId}/images`, noFile, seller))
      expect([missing.status, missing.data.message]).toEqual([400, SELLER_ERRORS.fileRequired])
      const editHtml = await responseOf(api.post(`/seller/products/${draftId}/images/${first.id}`, { alt: "<script>x</script>" }, seller))
      expect(editHtml.status).toBe(400)
      expect(await imageRows()).toBe(rows)
      expect(storedFiles()).toBe(files)
      // the server is still fine
      expect((await api.get("/seller/maker", seller)).status).toBe(200)
    })
  })

  describe("a published product: pending until staff approve", () => {
    it("a new picture, an alt change and a removal wait in the revision; the store keeps the live pictures until approval", async () => {
      const storeImages = async () => {
        const { data } = await api.get(`/store/products/${publishedId}?fields=id,thumbnail,*images`, store)
        return data.product.images as { id: string; url: string; metadata?: { alt?: string } | null }[]
      }
      const liveBefore = await storeImages()
      const res = await upload(publishedId, imageForm(await picture("png", 2400, 2400), "new.png", "image/png", { alt: "새 상품 사진" }))
      expect(res.status).toBe(202)
      expect(res.data.pending).toBe(true)
      expect(res.data.image.id).toMatch(/^pimg_/)
      expect(await storedImage(api, res.data.image.url)).toMatchObject({ width: 1200, height: 1200, format: "webp" })
      // the pending picture can be edited by its pending id
      const altEdit = await responseOf(api.post(`/seller/products/${publishedId}/images/${res.data.image.id}`, { alt: "새 상품 사진 (정면)" }, seller))
      expect([altEdit.status, altEdit.data]).toEqual([202, { image: { ...res.data.image, alt: "새 상품 사진 (정면)" }, pending: true }])
      if (liveBefore.length) {
        const removed = await api.delete(`/seller/products/${publishedId}/images/${liveBefore[0].id}`, seller)
        expect(removed.status).toBe(202)
      }
      expect(await storeImages()).toEqual(liveBefore)

      const { data: detail } = await api.get(`/seller/products/${publishedId}`, seller)
      const pending = detail.revisions.find((r: { status: string; kind: string }) => r.status === "pending" && r.kind === "edit")
      const proposed = liveBefore.slice(1).map((i) => i.url).concat(res.data.image.url)
      expect(pending.changes.images.map((i: Image) => i.url)).toEqual(proposed)
      const { data: queue } = await api.get("/admin/listing-approvals?status=pending", admin)
      const request = queue.listing_approvals.find((r: { id: string }) => r.id === pending.id)
      expect(request.previous.images.map((i: Image) => i.url)).toEqual(liveBefore.map((i) => i.url))
      expect(request.changes.images.at(-1)).toMatchObject({ url: res.data.image.url, alt: "새 상품 사진 (정면)" })

      await api.post(`/admin/listing-approvals/${pending.id}/approve`, {}, admin)
      const after = await storeImages()
      expect(after.map((i) => i.url).sort()).toEqual([...proposed].sort())
      expect(after.find((i) => i.url === res.data.image.url)?.metadata?.alt).toBe("새 상품 사진 (정면)")
      const { data: product } = await api.get(`/store/products/${publishedId}?fields=thumbnail`, store)
      expect(product.product.thumbnail).toBe(proposed[0])
    })
  })

  describe("the maker logo", () => {
    it("uploads a logo resized to 400 px and sets logo_url; a PDF is refused", async () => {
      const { data } = await api.post("/seller/maker/logo", imageForm(await picture("png", 1000, 500), "logo.png", "image/png"), seller)
      expect(data.maker.logo_url).toMatch(/^http/)
      expect(await storedImage(api, data.maker.logo_url)).toMatchObject({ width: 400, height: 200, format: "webp" })
      const pdf = await responseOf(api.post("/seller/maker/logo", imageForm(Buffer.from("%PDF-1.7\n%%EOF"), "logo.jpg", "image/jpeg"), seller))
      expect([pdf.status, pdf.data.message]).toEqual([400, SELLER_ERRORS.fileType])
      expect((await api.get("/seller/maker", seller)).data.maker.logo_url).toBe(data.maker.logo_url)
    })
  })
})
