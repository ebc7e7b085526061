// Installing a Debian package the tools need (Chromium and a Korean font for the browser tests,
// wrk for the load bench), non-interactive with stdin closed: never waits for a prompt.
import { spawnSync } from "node:child_process"

export const isRoot = () => process.getuid?.() === 0
export const hasApt = () => spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0

/** `apt-get update && apt-get install -y …`; whether both succeeded. */
export function aptInstall(packages, { stdio = "inherit" } = {}) {
  const options = { stdio: ["ignore", stdio, stdio], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }
  for (const args of [["update"], ["install", "-y", ...packages]]) {
    if (spawnSync("apt-get", args, options).status !== 0) return false
  }
  return true
}
