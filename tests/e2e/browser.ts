import { existsSync } from "node:fs"
import { chromium } from "playwright-core"

/** Debian's chromium package; `npm test` installs it first (scripts/ensure-chromium.mjs). */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

/** Headless Chromium, or one line saying how to get it (no stack trace: the cause is not here). */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    const error = new Error(
      `Chromium not found at ${CHROMIUM}: run \`node scripts/ensure-chromium.mjs\` (installs Debian's chromium as root) or set CHROMIUM_PATH.`
    )
    error.stack = error.message
    throw error
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}
