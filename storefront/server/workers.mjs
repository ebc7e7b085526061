import { availableParallelism } from "node:os"
import { fileURLToPath } from "node:url"

/**
 * How many `next start` processes serve the storefront: STOREFRONT_WORKERS, or by default one per
 * core up to 2 (measured on the 2-core machine: docs/performance.md "Two storefront workers").
 * 1 runs a plain `next start`, without server/cluster.mjs.
 */
export function storefrontWorkers(env = process.env) {
  const raw = env.STOREFRONT_WORKERS
  if (raw === undefined || raw === "") return Math.min(2, availableParallelism())
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new Error(`STOREFRONT_WORKERS는 1에서 16 사이의 정수여야 합니다: ${raw}`)
  return n
}

/** The command that starts the production storefront on `port` (cwd: storefront/). */
export function storefrontStartCommand({ port, host, env = process.env, nextBin }) {
  const args = ["start", "-p", String(port), ...(host ? ["-H", host] : [])]
  if (storefrontWorkers(env) === 1) return { command: nextBin, args }
  return { command: process.execPath, args: [fileURLToPath(new URL("./cluster.mjs", import.meta.url)), ...args] }
}
