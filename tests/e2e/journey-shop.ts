// The shop an acceptance journey drives: `npm start` as a user runs it (built admin and
// storefront, embedded PostgreSQL) on its own data folder and ports, a client of its database
// for what no screen shows (stored mails, row states), and Chromium.
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import type { Browser, Page } from "playwright-core"
import { shopEnv, startShop, stopShop, type Shop } from "../integration/utils/launcher"
import { launchChromium } from "./browser"

export type JourneyShop = {
  backend: string
  storefront: string
  db: pg.Client
  browser: Browser
  /** A desktop-sized Korean page of its own context. */
  newPage(): Promise<Page>
  stop(): Promise<void>
}

/**
 * Starts it with STOREFRONT_CACHE_SECONDS=0: what the shop shows right after a decision or a
 * publication is the backend's truth, not a cached page that would hide (or fake) it.
 */
export async function startJourneyShop(name: string): Promise<JourneyShop> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `jahwal-${name}-`))
  chmodSync(dataDir, 0o755) // postgres runs as its own user when we are root
  let shop: Shop | undefined
  let db: pg.Client | undefined
  let browser: Browser | undefined
  const stop = async () => {
    await browser?.close()
    await db?.end()
    await stopShop(shop)
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const { env, backendPort, storefrontPort, pgPort } = await shopEnv(dataDir, { STOREFRONT_CACHE_SECONDS: "0" })
    shop = startShop(env)
    await shop.ready
    db = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/jahwal` })
    await db.connect()
    browser = await launchChromium()
    const opened = browser
    return {
      backend: `http://localhost:${backendPort}`,
      storefront: `http://localhost:${storefrontPort}`,
      db,
      browser,
      async newPage() {
        const context = await opened.newContext({ locale: "ko-KR", viewport: { width: 1366, height: 900 } })
        const page = await context.newPage()
        page.setDefaultTimeout(45_000)
        return page
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
