import { execFileSync } from "node:child_process"
import { writeFileSync } from "node:fs"
import { afterAll, beforeAll, it } from "vitest"
import { seedAll } from "../../seed/seed-all"
import { runMedusa } from "./utils/medusa-runner"
import { startStorefront } from "./utils/storefront"

runMedusa(__filename, ({ api, getContainer }) => {
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  beforeAll(async () => {
    const { publishableKey } = await seedAll(getContainer())
    storefront = await startStorefront(api.defaults.baseURL as string, publishableKey)
  })
  afterAll(async () => { await storefront?.stop() })
  it("shots", async () => {
    const pages: [string, string, number][] = [
      ["makers", "/makers", 390], ["makers-wide", "/makers?region=%EA%B4%91%EC%A3%BC%EA%B4%91%EC%97%AD%EC%8B%9C", 1280],
      ["maker", "/makers/naechingu-gim", 390], ["maker-wide", "/makers/kkomirote", 1280],
      ["brand", "/brands/sosodream", 1280], ["brands", "/brands", 390],
      ["product", "/products/naechingu-gim-gift-set", 1280], ["category", "/categories/meals-drinks?region=%EC%84%9C%EC%9A%B8%ED%8A%B9%EB%B3%84%EC%8B%9C", 1280],
      ["empty", "/makers?region=%EC%A0%9C%EC%A3%BC", 390],
    ]
    for (const [name, path, width] of pages) {
      const { html } = await storefront.get(path)
      writeFileSync(`/tmp/shots/${name}.html`, html)
      execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", `--window-size=${width},2600`, `--screenshot=/tmp/shots/${name}.png`, storefront.url + path], { stdio: "ignore", timeout: 60000 })
    }
  }, 300000)
})
