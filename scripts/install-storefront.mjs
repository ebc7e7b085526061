// The storefront (React 19, Next.js) is a separate npm package so its React never mixes with
// the Medusa admin's React 18 hoisted at the root. `npm install` / `npm ci` at the root run this
// postinstall, which installs the storefront the same way (ci when a lockfile exists).
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import path from "node:path"

const storefront = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "storefront")
const useCi = existsSync(path.join(storefront, "package-lock.json")) && process.env.npm_command === "ci"
const args = [useCi ? "ci" : "install", "--no-audit", "--no-fund"]
console.log(`[자활장터] 스토어프론트 의존성 설치: npm ${args.join(" ")} (storefront/)`)
const res = spawnSync("npm", args, { cwd: storefront, stdio: "inherit" })
process.exit(res.status ?? 1)
