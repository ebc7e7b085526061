import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { SELLER_ERRORS } from "../../backend/lib/seller/seller-errors"
import { seedAll } from "../../seed/seed-all"
import { localSellerEmail } from "../../seed/steps/seller-accounts"
import { adminHeaders } from "../integration/utils/admin"
import { inviteTokenOf, latestMail, sellerHeaders } from "../integration/utils/seller"
import { runMedusa } from "../integration/utils/medusa-runner"
import { startStorefront } from "../integration/utils/storefront"
import { launchChromium } from "./browser"

/** The smallest phone 판매자센터 is made for. */
const PHONE = { width: 360, height: 740 }
const OWNER_HANDLE = "naechingu-gim"
const OWNER_EMAIL = localSellerEmail(OWNER_HANDLE)
const PASSWORD = "jahwal1234"

/** 판매자센터 in Chromium at 360×740: login, dashboard, products, members, logout, isolation. */
runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let browser: Browser
  let makerId: string

  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "maker", fields: ["id"], filters: { handle: OWNER_HANDLE } })
    makerId = data[0].id
    // next start runs in production mode on plain http here: the cookie must not be Secure.
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
  })

  /** The field labelled exactly so (a required field's label ends with a "*" for sighted users). */
  const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}\\*?$`))
  const phonePage = async () => {
    const context = await browser.newContext({ locale: "ko-KR", viewport: PHONE, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    return page
  }
  const login = async (page: Page, email = OWNER_EMAIL, password = PASSWORD) => {
    await page.goto(`${storefront.url}/seller/login`)
    await field(page, "이메일").fill(email)
    await field(page, "비밀번호").fill(password)
    await page.getByRole("button", { name: "로그인" }).click()
  }
  const noSidewaysScroll = async (page: Page) =>
    expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true)

  describe("session", () => {
    it("without a session every page goes to the login; a wrong password and a suspended maker are Korean alerts", async () => {
      const page = await phonePage()
      try {
        await page.goto(`${storefront.url}/seller/products`)
        await page.waitForURL(/\/seller\/login\?next=%2Fseller%2Fproducts$/)
        await login(page, OWNER_EMAIL, "wrong-password")
        await page.getByRole("alert").filter({ hasText: "이메일 또는 비밀번호가 올바르지 않습니다." }).waitFor()
        expect(await field(page, "이메일").inputValue()).toBe(OWNER_EMAIL)

        const admin = await adminHeaders(api)
        await api.post(`/admin/makers/${makerId}`, { status: "suspended" }, admin)
        try {
          await login(page)
          await page.getByRole("alert").filter({ hasText: SELLER_ERRORS.suspended }).waitFor()
        } finally {
          await api.post(`/admin/makers/${makerId}`, { status: "active" }, admin)
        }
        // the cookie is httpOnly, sameSite lax, and not Secure on plain http
        expect((await page.context().cookies()).find((c) => c.name === "_jahwal_seller")).toBeUndefined()
      } finally {
        await page.context().close()
      }
    })

    it("the seed owner logs in at 360×740, sees the maker and the menu, and logs out", async () => {
      const page = await phonePage()
      try {
        await login(page)
        await page.waitForURL(`${storefront.url}/seller`)
        const cookie = (await page.context().cookies()).find((c) => c.name === "_jahwal_seller")
        expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false })
        const nav = page.getByRole("navigation", { name: "판매자센터 메뉴" })
        for (const label of ["대시보드", "상품", "구성원", "업체 정보"]) await nav.getByRole("link", { name: label }).waitFor()
        expect(await nav.getByRole("link", { name: "대시보드" }).getAttribute("aria-current")).toBe("page")
        expect(await page.getByTestId("seller-maker-name").textContent()).toBe("내친구김")
        await noSidewaysScroll(page)

        await page.getByRole("button", { name: "로그아웃" }).click()
        await page.waitForURL(/\/seller\/login$/)
        expect((await page.context().cookies()).find((c) => c.name === "_jahwal_seller")).toBeUndefined()
        await page.goto(`${storefront.url}/seller`)
        await page.waitForURL(/\/seller\/login$/)
      } finally {
        await page.context().close()
      }
    })
  })

  /** The path and query of a mailed link, opened on this storefront. */
  const onStorefront = (link: string) => {
    const url = new URL(link)
    return `${storefront.url}${url.pathname}${url.search}`
  }

  describe("invite and password reset", () => {
    it("an invited person sets a name and password, lands on the dashboard; the used link is a Korean message", async () => {
      const owner = await sellerHeaders(api, OWNER_EMAIL, PASSWORD)
      await api.post("/seller/members", { email: "new.staff@example.kr", role: "staff" }, owner)
      const mail = await latestMail(getContainer(), "new.staff@example.kr", "seller-invite")
      const page = await phonePage()
      try {
        await page.goto(`${storefront.url}/seller/invite/${encodeURIComponent(inviteTokenOf(mail))}`)
        await page.getByText("내친구김의 담당자(으)로 초대받았습니다", { exact: false }).waitFor()
        expect(await field(page, "이메일").inputValue()).toBe("new.staff@example.kr")
        await field(page, "이름").fill("박담당")
        await field(page, "비밀번호").fill("short")
        await field(page, "비밀번호 확인").fill("short")
        await page.getByRole("button", { name: "초대 수락하고 시작하기" }).click()
        await page.getByText("비밀번호는 8자 이상으로 입력해 주세요.").waitFor()
        expect(await field(page, "이름").inputValue()).toBe("박담당")
        await field(page, "비밀번호").fill("staff-pass-1")
        await field(page, "비밀번호 확인").fill("staff-pass-1")
        await page.getByRole("button", { name: "초대 수락하고 시작하기" }).click()
        await page.waitForURL(`${storefront.url}/seller`)
        await page.getByText("박담당 (담당자)", { exact: false }).waitFor()

        await page.goto(`${storefront.url}/seller/invite/${encodeURIComponent(inviteTokenOf(mail))}`)
        await page.getByRole("alert").filter({ hasText: SELLER_ERRORS.inviteInvalid }).waitFor()
        await page.goto(`${storefront.url}/seller/invite/not-a-real-token-at-all`)
        await page.getByRole("alert").filter({ hasText: SELLER_ERRORS.inviteInvalid }).waitFor()
      } finally {
        await page.context().close()
      }
    })

    it("an email with a shop account is asked for that account's current password", async () => {
      await api.post("/auth/customer/emailpass/register", { email: "shopper@example.kr", password: "shopper-pass-1" })
      const owner = await sellerHeaders(api, OWNER_EMAIL, PASSWORD)
      await api.post("/seller/members", { email: "shopper@example.kr", role: "owner" }, owner)
      const mail = await latestMail(getContainer(), "shopper@example.kr", "seller-invite")
      const page = await phonePage()
      try {
        await page.goto(onStorefront(String(mail.data.link)))
        await field(page, "이름").fill("최쇼퍼")
        await field(page, "비밀번호").fill("another-pass-1")
        await field(page, "비밀번호 확인").fill("another-pass-1")
        await page.getByRole("button", { name: "초대 수락하고 시작하기" }).click()
        await page.getByText(SELLER_ERRORS.existingIdentityPassword).waitFor()
        expect(await page.getByLabel(/^비밀번호 확인/).count()).toBe(0)
        await field(page, "현재 비밀번호").fill("shopper-pass-1")
        await page.getByRole("button", { name: "초대 수락하고 시작하기" }).click()
        await page.waitForURL(`${storefront.url}/seller`)
        await page.getByText("최쇼퍼 (대표)", { exact: false }).waitFor()
      } finally {
        await page.context().close()
      }
    })

    it("reset: the request always says the mail was sent; the mailed link sets a new password and logs in", async () => {
      const page = await phonePage()
      try {
        await page.goto(`${storefront.url}/seller/login`)
        await page.getByRole("link", { name: "비밀번호 재설정" }).click()
        await page.waitForURL(/\/seller\/reset-password$/)
        await field(page, "이메일").fill("nobody@example.kr")
        await page.getByRole("button", { name: "재설정 메일 받기" }).click()
        await page.getByRole("status").filter({ hasText: "메일을 보냈습니다" }).waitFor()

        await page.reload()
        await field(page, "이메일").fill(OWNER_EMAIL)
        await page.getByRole("button", { name: "재설정 메일 받기" }).click()
        await page.getByRole("status").filter({ hasText: "메일을 보냈습니다" }).waitFor()
        const mail = await latestMail(getContainer(), OWNER_EMAIL, "seller-password-reset")

        await page.goto(onStorefront(String(mail.data.link)).replace(/token=[^&]+/, "token=forged"))
        await field(page, "새 비밀번호").fill("new-owner-pass")
        await field(page, "새 비밀번호 확인").fill("new-owner-pass")
        await page.getByRole("button", { name: "비밀번호 바꾸기" }).click()
        await page.getByRole("alert").filter({ hasText: "비밀번호 재설정 링크가 유효하지 않거나 만료되었습니다" }).waitFor()

        await page.goto(onStorefront(String(mail.data.link)))
        expect(await field(page, "이메일").inputValue()).toBe(OWNER_EMAIL)
        await field(page, "새 비밀번호").fill("new-owner-pass")
        await field(page, "새 비밀번호 확인").fill("new-owner-pass")
        await page.getByRole("button", { name: "비밀번호 바꾸기" }).click()
        await page.waitForURL(`${storefront.url}/seller`)
        await page.getByTestId("seller-maker-name").waitFor()
        expect((await api.post("/auth/seller/emailpass", { email: OWNER_EMAIL, password: "new-owner-pass" })).status).toBe(200)
      } finally {
        await page.context().close()
      }
    })
  })
})
