// One wrk run (C, one thread) against one URL. The 2-core machine runs the load tool beside the
// shop: autocannon (Node) used most of a core at 1,000 req/s and so capped what the storefront's
// workers could show (measured: home 1,118 req/s p97.5 110 ms with autocannon, 1,962 req/s
// p90 35 ms with wrk, same server; docs/performance.md). The "today" figures were wrk's.
// The soak keeps autocannon: its gap figure needs the time of every response.
import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { aptInstall, hasApt, isRoot } from "../../../scripts/lib/apt.mjs"

const WRK = process.env.WRK_PATH || "wrk"

// wrk's Lua hook: the figures as one JSON line (latency in µs → ms)
const REPORT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('JAHWAL_WRK {"requests":%d,"us":%d,"p50":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f,"errors":%d,"non2xx":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status))
end
`

const runs = () => spawnSync(WRK, ["--version"], { stdio: "ignore" }).error === undefined

/** Whether wrk can run here, installing Debian's wrk once when we may (root with apt). */
export function ensureWrk(log) {
  if (process.env.BENCH_CLIENT === "autocannon") return false
  if (runs()) return true
  if (isRoot() && hasApt()) {
    log("installing wrk (apt-get install wrk)…")
    aptInstall(["wrk"], { stdio: "ignore" })
  }
  if (runs()) return true
  log("wrk is not available: measuring with autocannon (BENCH_CLIENT=autocannon to choose it)")
  return false
}

let script
/** Resolves with the same figures as load-run.mjs's runLoad (without `completions`). */
export function runWrk({ url, connections = 50, seconds = 10, headers = {} }) {
  if (!script) {
    script = path.join(mkdtempSync(path.join(os.tmpdir(), "jahwal-wrk-")), "report.lua")
    writeFileSync(script, REPORT)
  }
  const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "60s", "-s", script]
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`)
  args.push(url)
  return new Promise((resolve, reject) => {
    const child = spawn(WRK, args, { stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    child.stdout.on("data", (chunk) => (out += chunk))
    child.on("error", reject)
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("JAHWAL_WRK "))
      if (code !== 0 || !line) return reject(new Error(`wrk exited with ${code}: ${out.slice(-500)}`))
      const r = JSON.parse(line.slice("JAHWAL_WRK ".length))
      const s = r.us / 1e6
      resolve({ requests: r.requests, rps: r.requests / s, p50: r.p50, p95: r.p95, p99: r.p99, max: r.max, errors: r.errors, non2xx: r.non2xx, seconds: s, client: "wrk" })
    })
  })
}
