import { createHmac } from "node:crypto"
import { expect } from "vitest"
import { adminCredentials } from "../../../seed/steps/admin-user"
import { launchChromium } from "../../e2e/browser"

/** The launcher's shop is the embedded local shop: its seed made the documented local admin. */
const localAdmin = () => adminCredentials({ JAHWAL_LOCAL_SHOP: "1" })

async function adminToken(backendUrl: string): Promise<string> {
  const res = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(localAdmin()),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

/** The backend signs its login tokens (HS256) with exactly this secret. */
export async function expectTokensSignedWith(backendUrl: string, secret: string) {
  const [header, payload, signature] = (await adminToken(backendUrl)).split(".")
  expect(createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url")).toBe(signature)
}

/**
 * The built admin in Chromium: Korean on the login page and in the navigation for a browser that
 * never chose a language (its own locale English), English once the user picks it.
 */
export async function expectAdminInKorean(backendUrl: string, screenshotPath?: string) {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ locale: "en-US", viewport: { width: 1280, height: 800 } })
    page.setDefaultTimeout(30_000)
    await page.goto(`${backendUrl}/app/login`)
    await page.getByText("Medusa에 오신 것을 환영합니다").waitFor()
    const { email, password } = localAdmin()
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.locator('button[type="submit"]').click()
    const nav = page.getByRole("navigation").first()
    await nav.getByRole("link", { name: "주문" }).waitFor()
    await expect(nav.getByRole("link", { name: "제품" }).count()).resolves.toBeGreaterThan(0)
    if (screenshotPath) await page.screenshot({ path: screenshotPath })
    // what the profile's language menu stores (i18next's detector caches under "lng")
    await page.evaluate(`localStorage.setItem("lng", "en")`)
    await page.context().clearCookies({ name: "lng" })
    await page.reload()
    await page.getByRole("navigation").first().getByRole("link", { name: "Orders" }).waitFor()
  } finally {
    await browser.close()
  }
}
