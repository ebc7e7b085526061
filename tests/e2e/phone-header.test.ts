import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { categories } from "../../seed/data/categories"
import { seedAll } from "../../seed/seed-all"
import { runMedusa } from "../integration/utils/medusa-runner"
import { startStorefront } from "../integration/utils/storefront"
import { launchChromium } from "./browser"

/** A common phone screen (issue #14): the first product must show without scrolling. */
const PHONE = { width: 390, height: 844 }
/** One compact row plus the category strip. */
const MAX_HEADER_HEIGHT = 120
/** The card's picture must be on screen, not just its top edge. */
const VISIBLE_PICTURE = 120
/** WCAG 2.5.5 / the brief: every header control a thumb can hit. */
const MIN_TOUCH_TARGET = 44

const PAGES = [
  { name: "home", path: "/" },
  { name: "category", path: `/categories/${categories[0]!.handle}` },
  { name: "search", path: `/search?q=${encodeURIComponent("김")}` },
]

const MENU_LINKS = ["선물세트", "만든 곳", "공동브랜드", "주문조회", "로그인"]

/** The compact phone header driven in Chromium at 390×844: fold, menu, search. */
runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
  })

  const phonePage = async (path: string) => {
    context = await browser.newContext({ locale: "ko-KR", viewport: PHONE, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    await page.goto(storefront.url + path)
    return page
  }
  // expressions as strings run in the page: the test tsconfig has no DOM types
  const focused = (page: Page, attribute: string) => page.evaluate(`document.activeElement?.getAttribute("${attribute}")`)
  const box = async (page: Page, selector: string) => {
    const found = await page.locator(selector).first().boundingBox()
    expect(found, selector).not.toBeNull()
    return found!
  }

  describe("phone header at 390×844", () => {
    for (const { name, path } of PAGES) {
      it(`${name} (${path}): one compact header and the first product card above the fold`, async () => {
        const page = await phonePage(path)
        try {
          await page.locator("main article").first().waitFor()
          const header = await box(page, "body > header")
          expect(header.height).toBeLessThanOrEqual(MAX_HEADER_HEIGHT)
          expect(header.y).toBe(0)

          const card = await box(page, "main article")
          const picture = await box(page, "main article img, main article [aria-hidden=true]")
          expect(card.y).toBeGreaterThanOrEqual(header.height)
          expect(picture.y + VISIBLE_PICTURE).toBeLessThanOrEqual(PHONE.height)
          // nothing sticks out sideways: the category strip scrolls inside itself
          expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width)

          // every control in the top row is a full touch target
          for (const control of await page.locator("body > header button:visible, body > header a:visible").all()) {
            const target = (await control.boundingBox())!
            const label = (await control.getAttribute("aria-label")) ?? (await control.textContent())
            expect(target.height, `${label} height`).toBeGreaterThanOrEqual(MIN_TOUCH_TARGET)
            expect(target.width, `${label} width`).toBeGreaterThanOrEqual(MIN_TOUCH_TARGET)
          }
        } finally {
          await context.close()
        }
      }, 60_000)
    }

    it("the category strip marks the current category and scrolls sideways", async () => {
      const page = await phonePage(`/categories/${categories[0]!.handle}`)
      try {
        const strip = page.getByRole("navigation", { name: "상품 카테고리" })
        const current = strip.getByRole("link", { name: categories[0]!.name, exact: true })
        expect(await current.getAttribute("aria-current")).toBe("page")
        expect(await strip.getByRole("link").count()).toBe(categories.length)
        const overflow = (await page.evaluate(
          `(({ scrollWidth, clientWidth }) => [scrollWidth, clientWidth])(document.querySelector('nav[aria-label="상품 카테고리"] ul'))`
        )) as number[]
        expect(overflow[0]).toBeGreaterThan(overflow[1]!)
      } finally {
        await context.close()
      }
    }, 60_000)

    it("the menu button shows the five links, Escape closes it and gives the focus back", async () => {
      const page = await phonePage("/")
      try {
        const menu = page.getByRole("button", { name: "전체 메뉴" })
        const panel = page.locator(`[id="${await menu.getAttribute("aria-controls")}"]`)
        expect(await menu.getAttribute("aria-expanded")).toBe("false")
        expect(await panel.getByRole("link").count()).toBe(0) // closed: hidden from everyone
        await menu.click()
        expect(await menu.getAttribute("aria-expanded")).toBe("true")
        expect(await panel.getByRole("link").count()).toBe(MENU_LINKS.length)
        for (const label of MENU_LINKS) {
          await panel.getByRole("link", { name: label, exact: true }).waitFor()
        }
        // the links come right after the button for keyboard users
        await page.keyboard.press("Tab")
        expect(await page.evaluate("document.activeElement?.textContent")).toBe(MENU_LINKS[0])

        await page.keyboard.press("Escape")
        expect(await menu.getAttribute("aria-expanded")).toBe("false")
        await panel.getByRole("link", { name: MENU_LINKS[0], exact: true }).waitFor({ state: "hidden" })
        expect(await focused(page, "aria-label")).toBe("전체 메뉴")

        // a chosen link navigates and the menu is closed on the next page
        await menu.click()
        await panel.getByRole("link", { name: "만든 곳", exact: true }).click()
        await page.waitForURL(/\/makers$/)
        await page.getByRole("heading", { level: 1 }).waitFor()
        expect(await menu.getAttribute("aria-expanded")).toBe("false")
      } finally {
        await context.close()
      }
    }, 60_000)

    it("the search button opens the combobox, which still suggests, and Escape closes it", async () => {
      const page = await phonePage("/")
      try {
        const toggle = page.getByRole("button", { name: "검색창", exact: true })
        const input = page.getByRole("combobox", { name: "상품 검색" })
        expect(await input.isVisible()).toBe(false)
        await toggle.click()
        expect(await toggle.getAttribute("aria-expanded")).toBe("true")
        expect(await focused(page, "role")).toBe("combobox")
        const header = await box(page, "body > header")
        expect(header.height).toBeLessThanOrEqual(MAX_HEADER_HEIGHT + 60)

        await input.pressSequentially("김")
        await page.getByRole("option").first().waitFor()
        expect(await input.getAttribute("aria-expanded")).toBe("true")
        const listbox = await box(page, "[role=listbox]")
        expect(listbox.x + listbox.width).toBeLessThanOrEqual(PHONE.width)

        // first Escape closes the suggestions, the next clears the words, the last closes the box
        await page.keyboard.press("Escape")
        expect(await input.getAttribute("aria-expanded")).toBe("false")
        await page.keyboard.press("Escape")
        expect(await input.inputValue()).toBe("")
        await page.keyboard.press("Escape")
        expect(await toggle.getAttribute("aria-expanded")).toBe("false")
        await input.waitFor({ state: "hidden" })
        expect(await focused(page, "aria-label")).toBe("검색창")

        // Enter searches
        await toggle.click()
        await input.fill("김자반")
        await input.press("Enter")
        await page.waitForURL(/\/search\?q=/)
        await page.getByRole("heading", { level: 1, name: "‘김자반’ 검색 결과" }).waitFor()
      } finally {
        await context.close()
      }
    }, 60_000)
  })
})
