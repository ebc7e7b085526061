// Issue #11's acceptance journey in Chromium, on the shop `npm start` builds and runs (built
// admin + storefront, embedded PostgreSQL, its own data folder and ports): center staff invite a
// member from the admin, the member joins and lists a product, it stays out of the shop until
// staff approve it in 승인 대기, and an edit of its description waits for approval too.
import path from "node:path"
import type pg from "pg"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { SELLER_ERRORS } from "../../backend/lib/seller/seller-errors"
import { adminCredentials } from "../../seed/steps/admin-user"
import { startJourneyShop, type JourneyShop } from "./journey-shop"
import { sellerSteps, type SellerSteps } from "./seller-journey-steps"

const MAKER_HANDLE = "naechingu-gim"
const MAKER_NAME = "내친구김"
const MEMBER_EMAIL = "journey.member@example.kr"
const TITLE = "여정 현미 누룽지"
const FIRST_TEXT = "고소한 현미로 만든 누룽지입니다."
const SECOND_TEXT = "국산 현미를 두 번 구워 더 바삭해졌습니다."
const CATEGORY = "쌀·잡곡"
/** The member's photo, with the alt text it writes (the shop's gallery shows that alt). */
const PHOTO = true
const PHOTO_ALT = `${TITLE} 한 봉`
/** The parts of an <img> the check reads (the tests compile without the DOM library). */
type LoadedImage = { complete: boolean; naturalWidth: number; addEventListener(type: "load", listener: () => void, options: { once: boolean }): void }
/** Each step drives the built admin and storefront on a shared, slow machine: a limit, not a measure. */
const STEP_TIMEOUT = 300_000

describe("판매자센터 journey (issue #11) in Chromium", () => {
  let journey: JourneyShop | undefined
  let db: pg.Client
  let backend: string
  let storefront: string
  let seller: SellerSteps
  let makerId: string
  let productHandle: string
  let productId: string

  beforeAll(async () => {
    journey = await startJourneyShop("seller-journey")
    ;({ backend, storefront, db } = journey)
    const { rows } = await db.query("select id from maker where handle = $1 and deleted_at is null", [MAKER_HANDLE])
    makerId = rows[0].id
    seller = sellerSteps({ backend, storefront })
  }, 1_800_000)

  afterAll(async () => {
    await journey?.stop()
  }, 120_000)

  const newPage = () => journey!.newPage()

  /** The newest stored mail of a template to an address (mails are sent by workflows and subscribers). */
  async function latestMail(to: string, template: string): Promise<Record<string, unknown>> {
    for (let i = 0; i < 150; i++) {
      const { rows } = await db.query(`select data from notification where "to" = $1 and template = $2 order by created_at desc limit 1`, [to, template])
      if (rows[0]) return rows[0].data
      await new Promise((r) => setTimeout(r, 200))
    }
    throw new Error(`no ${template} mail to ${to}`)
  }

  async function adminLogin(page: Page) {
    const { email, password } = adminCredentials({ JAHWAL_LOCAL_SHOP: "1" })
    await page.goto(`${backend}/app/login`)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.locator('button[type="submit"]').click()
    await page.getByRole("navigation").first().getByRole("link", { name: "주문" }).waitFor()
  }

  /** Back to the admin in a context that is already logged in. */
  async function adminHome(page: Page) {
    await page.goto(`${backend}/app/orders`)
    await page.getByRole("navigation").first().getByRole("link", { name: "주문" }).waitFor()
  }

  /** Opens the request of TITLE in the 대기 tab of 승인 대기, reached through the sidebar. */
  async function openPendingRequest(page: Page, kind: "신규" | "수정") {
    await page.getByRole("navigation").first().getByRole("link", { name: "승인 대기" }).click()
    await page.getByRole("heading", { name: "상품 승인" }).waitFor()
    const row = page.getByRole("row", { name: `${TITLE} 요청 보기` })
    await row.waitFor()
    await expect(row.getByText(kind, { exact: true }).count()).resolves.toBe(1)
    await expect(row.getByText(MAKER_NAME).count()).resolves.toBe(1)
    await row.click()
    return page.getByRole("dialog")
  }

  const handleOf = async (id: string) => (await db.query("select handle from product where id = $1", [id])).rows[0].handle as string

  /** The product page in the shop: its HTTP status and, when found, its text. */
  async function shopProduct(page: Page) {
    const res = await page.goto(`${storefront}/products/${productHandle}`)
    return { status: res?.status(), text: res?.status() === 200 ? await page.locator("main").innerText() : "" }
  }

  async function searchFinds(page: Page) {
    await page.goto(`${storefront}/search?q=${encodeURIComponent("현미 누룽지")}`)
    const hit = page.locator(`main a[href="/products/${productHandle}"]`)
    return { count: await hit.count(), text: (await hit.count()) ? await hit.first().innerText() : "" }
  }

  it("staff invite a member from the maker's admin page; the mail carries the link", async () => {
    const page = await newPage()
    try {
      await adminLogin(page)
      await page.goto(`${backend}/app/makers/${makerId}`)
      const section = page.locator('[aria-label="판매자센터 구성원"]')
      await section.getByRole("heading", { name: "판매자센터 구성원" }).waitFor()
      // the seed's owner account is listed as a member
      await section.getByText(`${MAKER_HANDLE}@seller.jahwal.local`).waitFor()

      // a Korean message for a malformed address, nothing sent
      await section.getByLabel("이메일").fill("not-an-email")
      await section.getByRole("button", { name: "초대 메일 보내기" }).click()
      await section.getByText("이메일 형식이 올바르지 않습니다").waitFor()

      await section.getByLabel("이메일").fill(MEMBER_EMAIL)
      await section.getByRole("button", { name: "초대 메일 보내기" }).click()
      await page.getByText(`${MEMBER_EMAIL} 님에게 초대 메일을 보냈습니다.`).waitFor()
      await section.getByText(new RegExp(`${MEMBER_EMAIL.replace(/\./g, "\\.")} · 담당자`)).waitFor()

      // inviting the seed owner again is refused in Korean (already a member)
      await section.getByLabel("이메일").fill(`${MAKER_HANDLE}@seller.jahwal.local`)
      await section.getByRole("button", { name: "초대 메일 보내기" }).click()
      await section.getByText(SELLER_ERRORS.alreadyMember).waitFor()
    } finally {
      await page.context().close()
    }
    const mail = await latestMail(MEMBER_EMAIL, "seller-invite")
    expect(String(mail.link)).toMatch(new RegExp(`^${storefront}/seller/invite/[A-Za-z0-9_-]{40,}$`))
    seller.inviteLink = String(mail.link)
  }, STEP_TIMEOUT)

  it("the member sets a password, logs in and lists a product with two pack options; it is not in the shop", async () => {
    const page = await newPage()
    try {
      await seller.acceptInvite(page, { name: "김여정", password: "여정비밀번호123" })
      // a fresh browser: the login page, not the session the invite page opened
      await page.context().clearCookies()
      await seller.login(page, { email: MEMBER_EMAIL, password: "여정비밀번호123" })
      const created = await seller.createProduct(page, { title: TITLE, description: FIRST_TEXT, category: CATEGORY, packs: [["1봉", 5000, 20], ["3봉", 14000, 10]], photo: PHOTO })
      productId = created.id
      productHandle = await handleOf(productId)
      expect(productHandle).toMatch(new RegExp(`^${MAKER_HANDLE}-`))

      expect((await shopProduct(page)).status).toBe(404)
      expect((await searchFinds(page)).count).toBe(0)
    } finally {
      await page.context().close()
    }
  }, STEP_TIMEOUT)

  it("staff see the count and approve in 승인 대기; the product is in the shop and in search with its maker", async () => {
    const page = await newPage()
    try {
      await adminLogin(page)
      // the admin's home (orders) tells staff that something waits
      await page.getByRole("status", { name: "승인 대기 상품" }).waitFor()
      await expect(page.getByRole("status", { name: "승인 대기 상품" }).innerText()).resolves.toMatch(/\d+건이 승인을 기다립니다/)

      const dialog = await openPendingRequest(page, "신규")
      await dialog.getByTestId("approval-before").getByText("신규 상품이라 아직 장터에 없습니다.").waitFor()
      await expect(dialog.getByTestId("approval-after").innerText()).resolves.toContain(FIRST_TEXT)
      await dialog.getByRole("button", { name: "승인", exact: true }).click()
      await page.getByText("승인했습니다. 상품이 장터에 반영됩니다.").waitFor()
      await dialog.waitFor({ state: "detached" })

      const shown = await shopProduct(page)
      expect(shown.status).toBe(200)
      expect(shown.text).toContain(TITLE)
      expect(shown.text).toContain(FIRST_TEXT)
      expect(shown.text).toContain(MAKER_NAME)
      // the member's photo, resized by the server, is the product's picture with the member's alt text
      const picture = page.locator(`main img[alt="${PHOTO_ALT}"]`).first()
      await picture.waitFor()
      const width = await picture.evaluate((node) => {
        const img = node as unknown as LoadedImage
        return img.complete ? img.naturalWidth : new Promise<number>((done) => img.addEventListener("load", () => done(img.naturalWidth), { once: true }))
      })
      expect(width).toBeGreaterThan(0)
      // the index is updated by a subscriber after the approval: wait for it, do not time it
      let found = await searchFinds(page)
      for (let i = 0; i < 30 && found.count === 0; i++) {
        await new Promise((r) => setTimeout(r, 1000))
        found = await searchFinds(page)
      }
      expect(found.count).toBeGreaterThan(0)
      expect(found.text).toContain(MAKER_NAME)

      // decided: it left 대기 and is listed under 승인
      await page.goto(`${backend}/app/listing-approvals`)
      await page.getByRole("tab", { name: "승인" }).click()
      await page.getByRole("row", { name: `${TITLE} 요청 보기` }).waitFor()
    } finally {
      await page.context().close()
    }
  }, STEP_TIMEOUT)

  it("the member edits the description: the shop keeps the old text until staff approve, then shows the new", async () => {
    const page = await newPage()
    try {
      await seller.login(page, { email: MEMBER_EMAIL, password: "여정비밀번호123" })
      await seller.editDescription(page, { id: productId, description: SECOND_TEXT })

      let shown = await shopProduct(page)
      expect(shown.text).toContain(FIRST_TEXT)
      expect(shown.text).not.toContain(SECOND_TEXT)

      await adminLogin(page)
      const dialog = await openPendingRequest(page, "수정")
      // side by side: the live text on the left, the asked one on the right
      await expect(dialog.getByTestId("approval-before").innerText()).resolves.toContain(FIRST_TEXT)
      await expect(dialog.getByTestId("approval-after").innerText()).resolves.toContain(SECOND_TEXT)
      // JAHWAL_JOURNEY_SCREENSHOTS=<dir>: what staff see, for a human look at the layout
      if (process.env.JAHWAL_JOURNEY_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.JAHWAL_JOURNEY_SCREENSHOTS, "approval-side-by-side.png") })
      // a rejection needs a reason (Korean), and staff may change their mind
      await dialog.getByRole("button", { name: "반려", exact: true }).click()
      await dialog.getByRole("button", { name: "반려하기" }).click()
      await dialog.getByText("반려 사유를 입력하세요").waitFor()
      await dialog.getByRole("button", { name: "취소" }).click()

      shown = await shopProduct(page)
      expect(shown.text).toContain(FIRST_TEXT)

      await adminHome(page)
      const again = await openPendingRequest(page, "수정")
      await again.getByRole("button", { name: "승인", exact: true }).click()
      await page.getByText("승인했습니다. 상품이 장터에 반영됩니다.").waitFor()

      shown = await shopProduct(page)
      expect(shown.text).toContain(SECOND_TEXT)
      expect(shown.text).not.toContain(FIRST_TEXT)
    } finally {
      await page.context().close()
    }
  }, STEP_TIMEOUT)

  it("staff reject a listing with a reason; it stays out of the shop and is listed under 반려", async () => {
    const page = await newPage()
    const title = "반려될 여정 누룽지"
    try {
      await seller.login(page, { email: MEMBER_EMAIL, password: "여정비밀번호123" })
      const created = await seller.createProduct(page, { title, description: "사진이 흐립니다.", category: CATEGORY, packs: [["1봉", 5000, 5]], photo: false })
      const handle = await handleOf(created.id)
      await adminLogin(page)
      await page.getByRole("navigation").first().getByRole("link", { name: "승인 대기" }).click()
      await page.getByRole("row", { name: `${title} 요청 보기` }).click()
      const dialog = page.getByRole("dialog")
      await dialog.getByRole("button", { name: "반려", exact: true }).click()
      await dialog.getByLabel("반려 사유").fill("사진을 더 선명하게 올려 주세요")
      await dialog.getByRole("button", { name: "반려하기" }).click()
      await page.getByText("반려했습니다. 판매자에게 사유가 전달됩니다.").waitFor()
      await page.getByRole("tab", { name: "반려" }).click()
      await page.getByRole("row", { name: `${title} 요청 보기` }).click()
      await page.getByRole("dialog").getByText("반려 사유: 사진을 더 선명하게 올려 주세요").waitFor()
      expect((await page.goto(`${storefront}/products/${handle}`))?.status()).toBe(404)
      const mail = await latestMail(MEMBER_EMAIL, "seller-listing-decision")
      expect(mail).toMatchObject({ status: "rejected", reason: "사진을 더 선명하게 올려 주세요" })
    } finally {
      await page.context().close()
    }
  }, STEP_TIMEOUT)
})
