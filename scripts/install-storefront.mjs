// The storefront (React 19, Next.js) is a separate npm package so its React never mixes with
// the Medusa admin's React 18 hoisted at the root. `npm install` / `npm ci` at the root run this
// postinstall, which installs the storefront the same way (ci when a lockfile exists).
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import path from "node:path"

const storefront = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "storefront")
const useCi = existsSync(path.join(storefront, "package-lock.json")) && process.env.npm_command === "ci"

function npm(command) {
  console.log(`[자활장터] 스토어프론트 의존성 설치: npm ${command} (storefront/)`)
  return spawnSync("npm", [command, "--no-audit", "--no-fund"], { cwd: storefront, stdio: "inherit" }).status
}

// `npm ci` refuses a lockfile that lacks other platforms' optional binaries, which happens when
// the registry serves only this platform's; npm install then installs from the same lockfile.
let status = useCi ? npm("ci") : 1
if (status !== 0) status = npm("install")
process.exit(status ?? 1)
