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

/**
 * Under `medusa start` a Store API catalog read answered once is answered again by the HTTP
 * server itself, before Express (backend/api/store/response-cache/front-door.ts), and the very
 * same bytes; a browser's cross-origin read and a named visitor still go through Medusa.
 */
export async function expectStoreHitsAtTheDoor(backendUrl: string, publishableKey: string) {
  const read = (headers: Record<string, string> = {}) =>
    fetch(`${backendUrl}/store/campaigns`, { headers: { "x-publishable-api-key": publishableKey, ...headers } })
  const first = await read()
  expect(first.status).toBe(200)
  const body = await first.text()
  const again = await read()
  expect([again.status, again.headers.get("x-jahwal-cache"), again.headers.get("x-jahwal-cache-at")]).toEqual([200, "hit", "door"])
  expect(await again.text()).toBe(body)
  const browser = await read({ origin: "http://localhost:1" })
  expect([browser.headers.get("x-jahwal-cache"), browser.headers.get("x-jahwal-cache-at")]).toEqual(["hit", null])
  const visitor = await read({ authorization: "Bearer not-a-token" })
  expect(visitor.headers.get("x-jahwal-cache-at")).toBeNull()
  // a key Medusa refuses is refused as before: no answer of another key reaches it
  const stranger = await fetch(`${backendUrl}/store/campaigns`, { headers: { "x-publishable-api-key": "pk_unknown" } })
  expect(stranger.status).toBe(400)
}
