#!/usr/bin/env node
// Runs before `npm test` (npm's pretest) and in .ci/run: the browser tests (tests/e2e) drive
// Debian's chromium. When it is missing, install it with apt when we are root (as CI is); else
// stop with one line that says how, instead of a stack trace per browser suite.
import { spawnSync } from "node:child_process"
import { accessSync, constants } from "node:fs"
import { aptInstall, hasApt, isRoot } from "./lib/apt.mjs"

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

/**
 * A Korean font: without one Chromium draws every Hangul glyph as a narrow box, and the journeys
 * that measure the page (tests/e2e/phone-header: the logo is a 44px touch target) see another
 * layout than a shopper's phone. Debian's chromium does not pull one in.
 */
const KOREAN_FONT = "fonts-nanum"
const hasKoreanFont = () => (spawnSync("fc-list", [":lang=ko", "family"], { encoding: "utf8" }).stdout ?? "").trim() !== ""

const root = isRoot()
const apt = hasApt()

if (!runnable()) {
  if (root && apt && !process.env.CHROMIUM_PATH) {
    say("브라우저 테스트용 Chromium 설치 중 (apt-get install chromium)… / installing Chromium for the browser tests")
    aptInstall(["chromium", KOREAN_FONT])
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

if (!hasKoreanFont()) {
  if (root && apt) {
    say(`한글 글꼴 설치 중 (apt-get install ${KOREAN_FONT})… / installing a Korean font for the browser tests`)
    aptInstall([KOREAN_FONT])
  }
  if (!hasKoreanFont()) say(`한글 글꼴이 없습니다: \`apt-get install -y ${KOREAN_FONT}\` / no Korean font: layouts measured in the browser tests may differ`)
}
