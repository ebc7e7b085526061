import { ChildProcess, spawn } from "node:child_process"
import http from "node:http"
import path from "node:path"
import { freePort } from "../../setup/free-port"
import { UNCACHED_DIST_DIR } from "../../setup/storefront-dist"

const STOREFRONT = path.resolve(__dirname, "../../../storefront")


async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`)
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 300))
    }
  }
  throw new Error(`storefront did not start at ${url}`)
}

/**
 * Runs the production storefront (`next start`) against the given backend. The build is made
 * up to date once per run by tests/setup/global-storefront.mts. Caching is off (the uncached
 * build) unless `env` sets STOREFRONT_CACHE_SECONDS: then the build as shipped, catalog cached.
 */
export async function startStorefront(backendUrl: string, publishableKey: string, env: NodeJS.ProcessEnv = {}) {
  const port = await freePort()
  // caching off needs the build without the cached catalog (tests/setup/storefront-dist.ts)
  const uncached = (env.STOREFRONT_CACHE_SECONDS ?? "0") === "0"
  const childEnv = {
    ...process.env,
    NODE_ENV: "production",
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    STOREFRONT_CACHE_SECONDS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
    JAHWAL_NEXT_DIST_DIR: uncached ? UNCACHED_DIST_DIR : "",
    // one storefront process (server/serve.mjs) unless a test asks for the cluster (as `npm start` runs it)
    STOREFRONT_WORKERS: "1",
    ...env,
  }
  // shared with the launcher (scripts/shop.mjs); plain .mjs, so imported at run time
  const { storefrontStartCommand } = await import("../../../storefront/server/workers.mjs")
  const { command, args } = storefrontStartCommand({ port, host: "127.0.0.1", env: childEnv })
  const child = spawn(command, args, {
    cwd: STOREFRONT,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout?.on("data", (c) => (output += c))
  child.stderr?.on("data", (c) => (output += c))
  const url = `http://127.0.0.1:${port}`
  await waitUntilUp(url, child).catch((e) => {
    child.kill("SIGKILL")
    throw new Error(`${e.message}\n${output}`)
  })
  return {
    url,
    output: () => output,
    async get(pathname: string) {
      const res = await fetch(url + pathname)
      return { status: res.status, html: await res.text() }
    },
    /**
     * The page read `times` times, each on a connection of its own: with STOREFRONT_WORKERS > 1
     * the cluster hands new connections to the workers in turn, so every worker answers once
     * `times` ≥ the worker count (fetch would keep reusing one pooled connection).
     */
    getOnEachConnection(pathname: string, times: number) {
      return Promise.all(
        Array.from({ length: times }, () =>
          new Promise<{ status: number; html: string; responseCache: string | null }>((resolve, reject) => {
            http
              .get(url + pathname, { agent: false }, (res) => {
                let html = ""
                res.setEncoding("utf8")
                res.on("data", (chunk) => (html += chunk))
                // set when server/response-cache.mjs answered, not Next
                const responseCache = (res.headers["x-jahwal-response-cache"] as string | undefined) ?? null
                res.on("end", () => resolve({ status: res.statusCode ?? 0, html, responseCache }))
              })
              .on("error", reject)
          }),
        ),
      )
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", () => resolve())
        child.kill("SIGTERM")
      }),
  }
}
