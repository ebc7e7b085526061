import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { seedAll } from "../../seed/seed-all"
import { PHONE_ERROR, POSTAL_CODE_ERROR } from "../../storefront/lib/shared/korean-contact"
import { completeCart, prepareCart, type PlacedOrder } from "../integration/utils/checkout"
import { runMedusa } from "../integration/utils/medusa-runner"
import { startStorefront } from "../integration/utils/storefront"
import { launchChromium } from "./browser"

const EMAIL = "browser.member@example.kr"
const PASSWORD = "jahwal-1234"

/**
 * The account and order-lookup forms driven in Chromium: server actions, the JWT cookie, Korean
 * errors announced as alerts, the guest cart handed over on login, saved addresses, 주문조회.
 */
runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let browser: Browser
  let key: string
  let regionId: string
  let jaban: string
  let guestOrder: PlacedOrder

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    key = seeded.publishableKey
    regionId = seeded.regionId
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { sku: "NCG-JABAN-1" } })
    jaban = data[0].id
    const guestCart = await prepareCart(api, key, regionId, [{ variant_id: jaban, quantity: 1 }], BANK_TRANSFER_PROVIDER_ID)
    // the orderer's phone opens the order in 주문조회 (the recipient's, 010-1234-5678, does not)
    await api.post(`/store/carts/${guestCart}/order-details`, { orderer_name: "김주문", orderer_phone: "010-9876-5432" }, { headers: { "x-publishable-api-key": key } })
    guestOrder = await completeCart(api, key, guestCart)
    // next start runs in production mode on plain http here: cookies cannot be Secure.
    process.env.JAHWAL_INSECURE_COOKIES = "1"
    storefront = await startStorefront(api.defaults.baseURL as string, key)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
  })

  /** An account made through the Store API (Medusa restores the database before each test). */
  async function createMember(email: string, password: string, name: string, phone: string) {
    const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password })
    await api.post(
      "/store/customers",
      { email, first_name: name, last_name: "", phone },
      { headers: { "x-publishable-api-key": key, authorization: `Bearer ${reg.token}` } }
    )
  }

  /** The field labelled exactly so (a required field's label ends with a "*" for sighted users). */
  const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}\\*?$`))
  const newPage = async () => {
    const context = await browser.newContext({ locale: "ko-KR" })
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    return page
  }

  describe("accounts in a real browser", () => {
    it("signs up with Korean errors first, hands the guest cart over, logs out and back in", async () => {
      const page = await newPage()
      try {
        // a cart filled as a guest (the cart cookie the cart pages set)
        const cartId = await prepareCart(api, key, regionId, [{ variant_id: jaban, quantity: 1 }])
        await page.context().addCookies([{ name: "_jahwal_cart_id", value: cartId, url: storefront.url }])

        await page.goto(`${storefront.url}/account/register`)
        await field(page, "이메일").fill(EMAIL)
        await field(page, "비밀번호").fill("short")
        await field(page, "비밀번호 확인").fill("short")
        await field(page, "이름").fill("최브라우저")
        await field(page, "휴대폰 번호").fill("02-123-4567")
        await page.getByRole("button", { name: "가입하기" }).click()
        await page.getByRole("alert").filter({ hasText: "입력 내용을 확인해 주세요" }).waitFor()
        expect(await page.getByText("비밀번호는 8자 이상으로 입력해 주세요.").count()).toBe(1)
        expect(await page.getByText(PHONE_ERROR).count()).toBe(1)
        expect(await page.getByText("이용약관과 개인정보 수집·이용에 동의해 주세요.").count()).toBe(1)
        // the error is tied to its field for screen readers, and what was typed is kept
        expect(await field(page, "휴대폰 번호").getAttribute("aria-describedby")).toBe("field-phone-error")
        expect(await field(page, "휴대폰 번호").getAttribute("aria-invalid")).toBe("true")
        expect(await field(page, "이메일").inputValue()).toBe(EMAIL)

        await field(page, "비밀번호").fill(PASSWORD)
        await field(page, "비밀번호 확인").fill(PASSWORD)
        await field(page, "휴대폰 번호").fill("01055556666")
        await page.getByLabel(/이용약관 및 개인정보/).check()
        await page.getByRole("button", { name: "가입하기" }).click()
        await page.waitForURL(/\/account$/)
        await page.getByRole("heading", { name: "내 정보" }).waitFor()
        expect(await page.getByText("최브라우저").count()).toBeGreaterThan(0)
        expect(await page.getByText("010-5555-6666").count()).toBe(1)
        // the header's account link is a client island: it turns once /api/visitor answers
        await page.getByRole("link", { name: "내 계정" }).waitFor({ state: "attached" })
        expect(await page.getByRole("link", { name: "내 계정" }).count()).toBe(1)

        const jwt = (await page.context().cookies()).find((c) => c.name === "_jahwal_jwt")
        expect(jwt?.httpOnly).toBe(true)
        expect(jwt?.sameSite).toBe("Lax")
        expect(jwt!.expires - Date.now() / 1000).toBeGreaterThan(6.9 * 24 * 3600)
        // the guest cart now belongs to the customer
        const { data: me } = await api.get("/store/customers/me", { headers: { "x-publishable-api-key": key, authorization: `Bearer ${jwt!.value}` } })
        const { data: cart } = await api.get(`/store/carts/${cartId}`, { headers: { "x-publishable-api-key": key } })
        expect(cart.cart.customer_id).toBe(me.customer.id)

        await page.getByRole("button", { name: "로그아웃" }).click()
        await page.getByRole("link", { name: "로그인" }).first().waitFor()
        // logging out forgets the session and the cart (it now holds the customer's details)
        const afterLogout = (await page.context().cookies()).map((c) => c.name)
        expect(afterLogout).not.toContain("_jahwal_jwt")
        expect(afterLogout).not.toContain("_jahwal_cart_id")

        // a wrong password is refused in Korean; the right one goes back where the visitor was headed
        await page.goto(`${storefront.url}/account/orders`)
        await page.waitForURL(/\/account\/login\?next=%2Faccount%2Forders$/)
        await field(page, "이메일").fill(EMAIL)
        await field(page, "비밀번호").fill("wrong-password")
        await page.getByRole("button", { name: "로그인" }).click()
        await page.getByRole("alert").filter({ hasText: "이메일 또는 비밀번호가 올바르지 않습니다." }).waitFor()
        await field(page, "비밀번호").fill(PASSWORD)
        await page.getByRole("button", { name: "로그인" }).click()
        await page.waitForURL(/\/account\/orders$/)
        await page.getByText("아직 주문 내역이 없습니다.").waitFor()
      } finally {
        await page.context().close()
      }
    })

    it("refuses a second sign-up with the same email", async () => {
      await createMember(EMAIL, PASSWORD, "최브라우저", "010-5555-6666")
      const page = await newPage()
      try {
        await page.goto(`${storefront.url}/account/register`)
        await field(page, "이메일").fill(EMAIL.toUpperCase())
        await field(page, "비밀번호").fill("another-1234")
        await field(page, "비밀번호 확인").fill("another-1234")
        await field(page, "이름").fill("다른사람")
        await field(page, "휴대폰 번호").fill("010-7777-8888")
        await page.getByLabel(/이용약관 및 개인정보/).check()
        await page.getByRole("button", { name: "가입하기" }).click()
        await page.getByText("이미 가입된 이메일입니다. 로그인해 주세요.").waitFor()
        expect(page.url()).toContain("/account/register")
        // the existing account is untouched: its password still works
        const { data } = await api.post("/auth/customer/emailpass", { email: EMAIL, password: PASSWORD })
        expect(data.token).toBeTruthy()
      } finally {
        await page.context().close()
      }
    })

    it("saves, edits, makes default and deletes addresses with Korean checks", async () => {
      await createMember(EMAIL, PASSWORD, "최브라우저", "010-5555-6666")
      const page = await newPage()
      try {
        await page.goto(`${storefront.url}/account/login?next=/account/addresses`)
        await field(page, "이메일").fill(EMAIL)
        await field(page, "비밀번호").fill(PASSWORD)
        await page.getByRole("button", { name: "로그인" }).click()
        await page.waitForURL(/\/account\/addresses$/)
        await page.getByText("저장된 배송지가 없습니다.").waitFor()

        await page.getByRole("link", { name: "새 배송지 추가" }).click()
        await page.waitForURL(/\/account\/addresses\/new$/)
        // name and phone come from the account
        expect(await field(page, "받는 분").inputValue()).toBe("최브라우저")
        expect(await field(page, "연락처").inputValue()).toBe("010-5555-6666")
        await field(page, "배송지 이름").fill("집")
        await field(page, "우편번호").fill("123-45")
        await field(page, "기본주소").fill("대전광역시 서구 둔산로 100")
        await field(page, "상세주소").fill("101동 202호")
        await page.getByRole("button", { name: "배송지 저장" }).click()
        await page.getByText(POSTAL_CODE_ERROR).waitFor()
        await field(page, "우편번호").fill("35242")
        await page.getByRole("button", { name: "배송지 저장" }).click()
        await page.waitForURL(/\/account\/addresses$/)
        await page.getByText("(35242) 대전광역시 서구 둔산로 100 101동 202호").waitFor()
        expect(await page.getByText("기본 배송지", { exact: true }).count()).toBe(1)

        // a second address, then make it the default
        await page.getByRole("link", { name: "새 배송지 추가" }).click()
        await field(page, "배송지 이름").fill("회사")
        await field(page, "받는 분").fill("최회사")
        await field(page, "우편번호").fill("04763")
        await field(page, "기본주소").fill("서울특별시 성동구 왕십리로 115")
        await page.getByLabel("기본 배송지로 설정").uncheck()
        await page.getByRole("button", { name: "배송지 저장" }).click()
        await page.waitForURL(/\/account\/addresses$/)
        await page.getByText("(04763) 서울특별시 성동구 왕십리로 115").waitFor()
        await page.getByRole("button", { name: "기본 배송지로 설정" }).click()
        // the default comes first
        const first = page.getByRole("list", { name: "저장된 배송지" }).getByRole("listitem").first()
        await first.getByText("회사", { exact: true }).waitFor()
        expect(await first.getByText("기본 배송지", { exact: true }).count()).toBe(1)
        expect(await page.getByText("기본 배송지", { exact: true }).count()).toBe(1)

        // edit, then delete
        await page.getByRole("link", { name: "집 수정" }).click()
        await page.waitForURL(/\/edit$/)
        await field(page, "상세주소").fill("101동 303호")
        await page.getByRole("button", { name: "배송지 수정" }).click()
        await page.waitForURL(/\/account\/addresses$/)
        await page.getByText("(35242) 대전광역시 서구 둔산로 100 101동 303호").waitFor()
        await page.getByRole("button", { name: "집 삭제" }).click()
        await page.getByRole("button", { name: "집 삭제" }).waitFor({ state: "detached" })
        expect(await page.getByText("대전광역시 서구 둔산로 100").count()).toBe(0)
      } finally {
        await page.context().close()
      }
    })
  })

  describe("guest order lookup in a real browser", () => {
    it("explains a mismatch in Korean, then opens the order and its 구매확인서", async () => {
      const page = await newPage()
      try {
        await page.goto(`${storefront.url}/orders/lookup`)
        await field(page, "주문번호").fill(String(guestOrder.display_id))
        // each miss is awaited to its answer: typing while the last one is in flight would let the
        // form re-render over the new input (the alert of the first miss is still on screen)
        const submitMiss = async () => {
          await Promise.all([
            page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/orders/lookup"),
            page.getByRole("button", { name: "주문 조회하기" }).click(),
          ])
          await page.getByRole("alert").filter({ hasText: "주문을 찾을 수 없습니다" }).waitFor()
        }
        await field(page, "이메일 또는 휴대폰 번호").fill("someone.else@example.kr")
        await submitMiss()

        // the recipient's phone is not the orderer's: no access
        await field(page, "이메일 또는 휴대폰 번호").fill("010-1234-5678")
        await submitMiss()

        await field(page, "이메일 또는 휴대폰 번호").fill("010-9876-5432")
        await page.getByRole("button", { name: "주문 조회하기" }).click()
        // the token went into an httpOnly cookie, not the address
        await page.waitForURL(new RegExp(`/orders/${guestOrder.id}$`))
        await page.getByRole("heading", { level: 1, name: `주문번호 ${guestOrder.display_id}` }).waitFor()
        expect(await page.getByText("입금 대기", { exact: true }).count()).toBeGreaterThan(0)

        await page.getByRole("link", { name: "구매확인서 보기·인쇄" }).click()
        await page.waitForURL(new RegExp(`/orders/${guestOrder.id}/certificate$`))
        await page.getByRole("heading", { level: 1, name: "구매확인서" }).waitFor()
        await page.getByRole("button", { name: "인쇄하기" }).waitFor()
        // on paper the site's header and footer are gone
        await page.emulateMedia({ media: "print" })
        expect(await page.locator("body > header").isVisible()).toBe(false)
        expect(await page.locator("body > footer").isVisible()).toBe(false)
        expect(await page.getByRole("button", { name: "인쇄하기" }).isVisible()).toBe(false)
        expect(await page.getByRole("heading", { level: 1, name: "구매확인서" }).isVisible()).toBe(true)
      } finally {
        await page.context().close()
      }
    })
  })
})
