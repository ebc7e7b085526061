#!/usr/bin/env node
// Runs before `npm test` (npm's pretest) and in .ci/run: the browser tests (tests/e2e) drive
// Debian's chromium. When it is missing, install it with apt when we are root (as CI is); else
// stop with one line that says how, instead of a stack trace per browser suite.
import { spawnSync } from "node:child_process"
import { accessSync, constants } from "node:fs"

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const say = (message) => console.log(`[chromium] ${message}`)

const runnable = () => {
  try {
    accessSync(CHROMIUM, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function aptInstall() {
  // non-interactive, stdin closed: never waits for a prompt
  const options = { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }
  for (const args of [["update"], ["install", "-y", "chromium"]]) {
    if (spawnSync("apt-get", args, options).status !== 0) return false
  }
  return true
}

if (!runnable()) {
  const root = process.getuid?.() === 0
  const hasApt = spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0
  if (root && hasApt && !process.env.CHROMIUM_PATH) {
    say("브라우저 테스트용 Chromium 설치 중 (apt-get install chromium)… / installing Chromium for the browser tests")
    aptInstall()
  }
  if (!runnable()) {
    console.error(
      `[chromium] ${CHROMIUM}에 Chromium이 없습니다: root로 \`apt-get install -y chromium\` 하거나 CHROMIUM_PATH를 지정하세요 / ` +
        `Chromium not found at ${CHROMIUM}: run \`sudo apt-get install -y chromium\` (Debian) or set CHROMIUM_PATH.`
    )
    process.exit(1)
  }
  say(`설치됨 / installed: ${CHROMIUM}`)
}
