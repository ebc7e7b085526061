import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { SELLER_ERRORS } from "../../backend/lib/seller/seller-errors"
import { seedAll } from "../../seed/seed-all"
import { localSellerEmail } from "../../seed/steps/seller-accounts"
import { SHIPMENTS_MODULE } from "../../backend/modules/shipments"
import type ShipmentsModuleService from "../../backend/modules/shipments/service"
import { periodOf } from "../../backend/modules/settlement/utils/periods"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { adminHeaders } from "../integration/utils/admin"
import { completeCart, prepareCart } from "../integration/utils/checkout"
import { inviteTokenOf, latestMail, sellerHeaders } from "../integration/utils/seller"
import { runMedusa } from "../integration/utils/medusa-runner"
import { startStorefront } from "../integration/utils/storefront"
import { PRICE_ERROR } from "../../storefront/lib/util/seller-product-form"
import { formatWon } from "../../storefront/lib/util/money"
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
  let otherMakersProductId: string
  let shop: { publishableKey: string; regionId: string }

  beforeAll(async () => {
    const { publishableKey, regionId } = await seedAll(getContainer())
    shop = { publishableKey, regionId }
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "maker", fields: ["id"], filters: { handle: OWNER_HANDLE } })
    makerId = data[0].id
    const { data: others } = await query.graph({ entity: "maker", fields: ["handle", "products.id"], filters: { handle: { $ne: OWNER_HANDLE } } })
    otherMakersProductId = others.flatMap((m: { products?: ({ id: string } | null)[] | null }) => (m.products ?? []).flatMap((p) => (p ? [p.id] : [])))[0]!
    // next start runs in production mode on plain http here: the cookie must not be Secure.
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey)
    browser = await launchChromium()
    // seeding the whole catalog on a busy machine can outlast the default hook limit
  }, 600_000)
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

  describe("products and members", () => {
    it("owner at 360×740: dashboard counts, a new product with 1봉/3봉 listed as 승인 대기, wrong prices at the field, members, logout", async () => {
      const owner = await sellerHeaders(api, OWNER_EMAIL, PASSWORD)
      const count = async (status: string) => (await api.get(`/seller/products?status=${status}&limit=1`, owner)).data.count as number
      const published = await count("published")
      const proposed = await count("proposed")
      expect(published).toBeGreaterThan(0)
      const page = await phonePage()
      try {
        await login(page)
        await page.waitForURL(`${storefront.url}/seller`)
        expect(await page.getByTestId("count-published").textContent()).toContain(`${published}개`)
        expect(await page.getByTestId("count-proposed").textContent()).toContain(`${proposed}개`)
        await noSidewaysScroll(page)

        // 상품 등록 with two pack options; wrong prices first
        await page.getByRole("navigation", { name: "판매자센터 메뉴" }).getByRole("link", { name: "상품" }).click()
        await page.waitForURL(/\/seller\/products$/)
        await page.getByRole("link", { name: "상품 등록" }).click()
        await page.waitForURL(/\/seller\/products\/new$/)
        await field(page, "상품명").fill("브라우저 김자반")
        await field(page, "부제").fill("바삭하게 볶은 김자반")
        await field(page, "설명").fill("국내산 김으로 만들었습니다.\n\n밥에 뿌려 드세요.")
        await field(page, "카테고리").selectOption({ label: "김·수산" })
        expect(await field(page, "옵션 종류").inputValue()).toBe("구성")
        const first = page.getByRole("group", { name: "옵션 1", exact: true })
        await first.getByLabel(/^옵션 값/).fill("1봉")
        await first.getByLabel(/^가격/).fill("1.5")
        await first.getByLabel(/^재고/).fill("30")
        await page.getByRole("button", { name: "옵션 추가" }).click()
        const second = page.getByRole("group", { name: "옵션 2", exact: true })
        await second.getByLabel(/^옵션 값/).fill("3봉")
        await second.getByLabel(/^가격/).fill("-13500")
        await second.getByLabel(/^재고/).fill("10")
        await page.getByRole("button", { name: "승인 요청하기" }).click()
        await page.getByRole("alert").filter({ hasText: "입력 내용을 확인해 주세요" }).waitFor()
        for (const group of [first, second]) {
          const price = group.getByLabel(/^가격/)
          expect(await price.getAttribute("aria-invalid")).toBe("true")
          expect(await group.getByText(PRICE_ERROR).count()).toBe(1)
        }
        // what was typed is kept, both rows included
        expect(await second.getByLabel(/^옵션 값/).inputValue()).toBe("3봉")
        expect(await field(page, "상품명").inputValue()).toBe("브라우저 김자반")
        expect(await field(page, "카테고리").locator("option:checked").textContent()).toBe("김·수산")
        expect(await page.getByText(PRICE_ERROR).count()).toBe(2)

        await first.getByLabel(/^가격/).fill("5,000")
        await second.getByLabel(/^가격/).fill("13500")
        await second.getByRole("button", { name: "구간 가격 추가" }).click()
        await second.getByLabel(/^최소 수량/).fill("10")
        await second.getByLabel(/^구간 가격$/).fill("12000")
        await page.getByRole("button", { name: "승인 요청하기" }).click()
        await page.waitForURL(/\/seller\/products\/prod_[A-Z0-9]+\?created=1$/).catch(async (error) => {
          // say what the page showed instead (an alert from the API, a field error)
          throw new Error(`${error}\n${page.url()}\n${(await page.getByRole("alert").allTextContents()).join("\n")}\n${await page.locator("[aria-invalid=true]").evaluateAll("els => els.map((e) => e.getAttribute('name')).join(', ')")}\n${storefront.output().slice(-3000)}`)
        })
        const productId = new URL(page.url()).pathname.split("/").pop()!
        await page.getByText("승인 대기 중", { exact: true }).waitFor()
        await noSidewaysScroll(page)

        const { data: created } = await api.get(`/seller/products/${productId}`, owner)
        expect(created.product.status).toBe("proposed")
        expect(created.product.description).toBe("<p>국내산 김으로 만들었습니다.</p><p>밥에 뿌려 드세요.</p>")
        const prices = Object.fromEntries(
          created.product.variants.map((v: { title: string; prices: { amount: number; min_quantity: number | null }[] }) => [
            v.title,
            v.prices.map((p) => [p.min_quantity ?? 1, p.amount]).sort((a, b) => a[0] - b[0]),
          ])
        )
        expect(prices).toEqual({ "1봉": [[1, 5000]], "3봉": [[1, 13500], [10, 12000]] })

        // 가격·재고 of one option: a negative price at the field, then saved
        const pack = page.getByRole("form", { name: "1봉 가격·재고" })
        expect(await pack.getByLabel(/^가격/).inputValue()).toBe("5000")
        expect(await pack.getByLabel(/^재고/).inputValue()).toBe("30")
        await pack.getByLabel(/^가격/).fill("-5")
        await pack.getByRole("button", { name: "가격·재고 저장" }).click()
        await pack.getByText(PRICE_ERROR).waitFor()
        await pack.getByLabel(/^가격/).fill("5500")
        await pack.getByRole("button", { name: "가격·재고 저장" }).click()
        await pack.getByRole("status").filter({ hasText: "가격과 재고를 저장했습니다." }).waitFor()
        const { data: repriced } = await api.get(`/seller/products/${productId}`, owner)
        const onePack = repriced.product.variants.find((v: { title: string }) => v.title === "1봉")
        expect(onePack.prices.map((p: { amount: number }) => p.amount)).toEqual([5500])

        // listed under 승인 대기, and found by its title
        await page.goto(`${storefront.url}/seller/products`)
        await page.getByRole("navigation", { name: "상품 상태" }).getByRole("link", { name: "승인 대기" }).click()
        await page.waitForURL(/status=proposed/)
        const row = page.getByRole("list", { name: "상품 목록" }).getByRole("link").filter({ hasText: "브라우저 김자반" })
        await row.waitFor()
        expect(await row.textContent()).toContain("승인 대기")
        expect(await page.getByRole("list", { name: "상품 목록" }).getByRole("link").count()).toBe(1)
        await page.getByRole("searchbox", { name: "상품명 검색" }).fill("없는상품이름")
        await page.getByRole("button", { name: "검색" }).click()
        await page.getByText("조건에 맞는 상품이 없습니다.").waitFor()

        // 구성원: the owner, and the invite form (owners only)
        await page.getByRole("navigation", { name: "판매자센터 메뉴" }).getByRole("link", { name: "구성원" }).click()
        await page.waitForURL(/\/seller\/members$/)
        await page.getByRole("list", { name: "구성원 목록" }).getByText(OWNER_EMAIL).waitFor()
        await page.getByRole("form", { name: "구성원 초대" }).waitFor()
        await noSidewaysScroll(page)

        await page.getByRole("button", { name: "로그아웃" }).click()
        await page.waitForURL(/\/seller\/login$/)
      } finally {
        await page.context().close()
      }
    })

    it("another maker's product id in the URL is the not-found page", async () => {
      const page = await phonePage()
      try {
        await login(page)
        await page.waitForURL(`${storefront.url}/seller`)
        const response = await page.goto(`${storefront.url}/seller/products/${otherMakersProductId}`)
        expect(response?.status()).toBe(404)
        await page.getByRole("heading", { name: "찾을 수 없습니다" }).waitFor()
        expect(await page.getByRole("form", { name: "상품 정보 수정" }).count()).toBe(0)
      } finally {
        await page.context().close()
      }
    })

    it("a staff member sees the members but no invite form", async () => {
      const owner = await sellerHeaders(api, OWNER_EMAIL, PASSWORD)
      await api.post("/seller/members", { email: "staff.only@example.kr", role: "staff" }, owner)
      const mail = await latestMail(getContainer(), "staff.only@example.kr", "seller-invite")
      await api.post("/seller/invites/accept", { token: inviteTokenOf(mail), name: "이담당", password: "staff-pass-1" })
      const page = await phonePage()
      try {
        await login(page, "staff.only@example.kr", "staff-pass-1")
        await page.waitForURL(`${storefront.url}/seller`)
        await page.goto(`${storefront.url}/seller/members`)
        await page.getByRole("list", { name: "구성원 목록" }).getByText(OWNER_EMAIL).waitFor()
        expect(await page.getByRole("form", { name: "구성원 초대" }).count()).toBe(0)
        expect(await page.getByRole("button", { name: /삭제$/ }).count()).toBe(0)
        await page.getByText("구성원 초대와 삭제는 대표 계정만 할 수 있습니다.").waitFor()
      } finally {
        await page.context().close()
      }
    })
    it("업체 정보: legal fields read-only, a fractional shipping fee at the field, then saved", async () => {
      const page = await phonePage()
      try {
        await login(page)
        await page.waitForURL(`${storefront.url}/seller`)
        await page.getByRole("navigation", { name: "판매자센터 메뉴" }).getByRole("link", { name: "업체 정보" }).click()
        await page.waitForURL(/\/seller\/profile$/)
        await page.getByRole("heading", { name: "사업자 정보" }).waitFor()
        expect(await page.getByLabel(/^상호/).count()).toBe(0)
        await field(page, "기본 배송비").fill("1.5")
        await page.getByRole("button", { name: "업체 정보 저장" }).click()
        await page.getByText("기본 배송비는 0원부터 1,000,000원까지 원 단위 정수(부가세 포함)로 입력하세요").waitFor()
        expect(await field(page, "기본 배송비").getAttribute("aria-invalid")).toBe("true")
        await field(page, "기본 배송비").fill("3,500")
        await field(page, "무료배송 기준 금액").fill("50000")
        await page.getByRole("button", { name: "업체 정보 저장" }).click()
        await page.getByRole("status").filter({ hasText: "업체 정보를 저장했습니다." }).waitFor()
        await noSidewaysScroll(page)
        const { data } = await api.get("/seller/maker", await sellerHeaders(api, OWNER_EMAIL, PASSWORD))
        expect(data.maker).toMatchObject({ shipping_base_fee: 3500, free_shipping_threshold: 50000 })
      } finally {
        await page.context().close()
      }
    })
    it("an edit of a product on sale waits as 승인 대기 중인 수정; a rejection shows its reason", async () => {
      const owner = await sellerHeaders(api, OWNER_EMAIL, PASSWORD)
      const { data } = await api.get("/seller/products?status=published&limit=1", owner)
      const live = data.products[0] as { id: string; title: string }
      const page = await phonePage()
      try {
        await login(page)
        await page.waitForURL(`${storefront.url}/seller`)
        await page.goto(`${storefront.url}/seller/products/${live.id}`)
        const content = page.getByRole("form", { name: "상품 정보 수정" })
        await content.getByLabel(/^상품명/).fill(`${live.title} 새 이름`)
        await content.getByRole("button", { name: "수정 승인 요청" }).click()
        await content.getByRole("status").filter({ hasText: "수정 요청을 보냈습니다. 승인되면 쇼핑몰에 반영됩니다." }).waitFor()
        await page.reload()
        await page.getByText("승인 대기 중인 수정", { exact: true }).waitFor()
        // the live title stays until staff approve
        expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(live.title)

        const admin = await adminHeaders(api)
        const { data: queue } = await api.get("/admin/listing-approvals?status=pending", admin)
        const request = (queue.listing_approvals as { id: string; product_id: string }[]).find((r) => r.product_id === live.id)!
        await api.post(`/admin/listing-approvals/${request.id}/reject`, { reason: "상품명이 너무 깁니다" }, admin)
        await page.reload()
        await page.getByText("수정 요청이 반려되었습니다", { exact: true }).waitFor()
        expect(await page.getByTestId("rejection-reason").textContent()).toBe("사유: 상품명이 너무 깁니다")
      } finally {
        await page.context().close()
      }
    })
  })

  describe("정산", () => {
    /**
     * A paid order of the owner's maker (김자반) and another maker (레몬청), both parcels confirmed
     * (set on the parcels: shipping and 구매확정 are the integration tests' subject), statements
     * refreshed by staff. Returns both makers' draft statements of this month.
     */
    async function confirmedOrderStatements() {
      const admin = await adminHeaders(api)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: ["NCG-JABAN-1", "MSR-CHEONG-LEMON-500"] } })
      const lines = (variants as { id: string }[]).map((v) => ({ variant_id: v.id, quantity: 2 }))
      const order = await completeCart(api, shop.publishableKey, await prepareCart(api, shop.publishableKey, shop.regionId, lines, BANK_TRANSFER_PROVIDER_ID))
      const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      await api.post(`/admin/payments/${data[0].payment_collections[0].payments[0].id}/capture`, {}, admin)
      const shipments: ShipmentsModuleService = getContainer().resolve(SHIPMENTS_MODULE)
      let parcels: { id: string }[] = []
      for (let i = 0; i < 300 && parcels.length < 2; i++) {
        parcels = await shipments.listParcels({ order_id: order.id })
        if (parcels.length < 2) await new Promise((r) => setTimeout(r, 100))
      }
      const now = new Date()
      await shipments.updateParcels(parcels.map((p) => ({ id: p.id, status: "confirmed" as const, shipped_at: now, confirmed_at: now, confirmed_by: "customer" as const })))
      await api.post("/admin/settlements/refresh", {}, admin)
      await api.post(`/admin/makers/${makerId}/payout-account`, { bank: "농협은행", account_number: "301-1234-5678-91", holder: "내친구김" }, admin)
      const { data: listed } = await api.get(`/admin/settlements?period=${periodOf(now, "monthly")}`, admin)
      const statements = listed.statements as { id: string; maker_id: string; payout_amount: number }[]
      return { order, own: statements.find((s) => s.maker_id === makerId)!, foreign: statements.find((s) => s.maker_id !== makerId)! }
    }

    it("the owner opens 정산 at 360×740, reads a statement with its lines and masked account, downloads the CSV through the storefront; another maker's statement is not found", async () => {
      const { order, own, foreign } = await confirmedOrderStatements()
      const page = await phonePage()
      try {
        await login(page)
        await page.waitForURL(`${storefront.url}/seller`)
        await page.getByRole("navigation", { name: "판매자센터 메뉴" }).getByRole("link", { name: "정산" }).click()
        await page.waitForURL(/\/seller\/settlements$/)
        const card = page.getByRole("list", { name: "정산 명세서 목록" }).getByRole("listitem").first()
        expect(await card.getByTestId("statement-status").textContent()).toBe("작성 중")
        expect(await card.getByTestId("amount-payout").textContent()).toBe(formatWon(own.payout_amount))
        // the owner sees the account, masked but for its last four digits
        expect(await page.getByTestId("payout-account").textContent()).toContain("***-****-**78-91")
        expect(await page.content()).not.toContain("301-1234-5678-91")
        await noSidewaysScroll(page)

        await card.getByRole("link").click()
        await page.waitForURL(new RegExp(`/seller/settlements/${own.id}$`))
        const lines = page.getByRole("list", { name: "명세서 내역" })
        await lines.locator('[data-kind="sale"]').filter({ hasText: String(order.display_id) }).waitFor()
        await noSidewaysScroll(page)

        // the file comes through the storefront's route with the httpOnly cookie: bytes, BOM, header row, the backend's headers
        const href = await page.getByRole("link", { name: "CSV 내려받기" }).getAttribute("href")
        const download = (url: string) =>
          page.evaluate(async (target) => {
            const res = await fetch(target)
            const bytes = new Uint8Array(await res.arrayBuffer())
            return { status: res.status, type: res.headers.get("content-type"), disposition: res.headers.get("content-disposition"), head: [...bytes.slice(0, 3)], text: new TextDecoder().decode(bytes.slice(3)) }
          }, url)
        const csv = await download(href!)
        expect(csv).toMatchObject({ status: 200, head: [0xef, 0xbb, 0xbf] })
        expect(csv.type).toMatch(/^text\/csv; charset=utf-8/)
        expect(csv.disposition).toMatch(/^attachment; .*filename\*=UTF-8''%EC%A0%95%EC%82%B0/)
        expect(csv.text.split("\r\n")[0]).toBe(["일시", "구분", "주문번호", "내용", "수량", "수수료율", "금액", "참조"].map((h) => `"${h}"`).join(","))
        const foreignFile = await download(`/seller/settlements/${foreign.id}/export?format=csv`)
        expect(foreignFile.status).toBe(404)
        expect(foreignFile.text).toContain("명세서")
        const response = await page.goto(`${storefront.url}/seller/settlements/${foreign.id}`)
        expect(response?.status()).toBe(404)
      } finally {
        await page.context().close()
      }
    })
  })

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
