#!/usr/bin/env node
// `npm run bench:first-start`: what a new user waits for. Clones this repository's HEAD into a
// temporary folder, runs `npm install` there, then `npm start` on free ports until it serves,
// and prints each phase's duration (install, database, both builds, migrations, seed, backend
// start) as the launcher reports them, plus the total from clone to serving and the stop time.
// Prints numbers only; nothing fails on a time limit. BENCH_KEEP=1 keeps the clone.
import { execFileSync, spawn } from "node:child_process"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "../../scripts/lib/free-port.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const seconds = (ms) => (ms / 1000).toFixed(1)
const log = (message) => console.log(`[bench:first-start] ${message}`)

/** Runs a command to its end; resolves with its duration in ms. */
function timedRun(cmd, args, options) {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "inherit"], ...options })
    child.once("exit", (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${cmd} ${args.join(" ")}: exit ${code}`))))
  })
}

const loadAtStart = os.loadavg().map((l) => l.toFixed(1)).join(" ")
const dir = mkdtempSync(path.join(os.tmpdir(), "jahwal-first-start-"))
// as root the embedded PostgreSQL runs as the `postgres` user, which must reach .data/ in the clone
chmodSync(dir, 0o755)
const clone = path.join(dir, "shop")
const phases = []
let shop = null

async function main() {
  const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim()
  const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }).trim()
  log(`clone of ${head}${dirty ? " (uncommitted changes are not part of it)" : ""} → ${clone}`)
  const started = performance.now()
  const cloned = performance.now()
  await timedRun("git", ["clone", "--quiet", "--no-checkout", ROOT, clone], {})
  await timedRun("git", ["checkout", "--quiet", execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim()], { cwd: clone })
  phases.push(["git clone", performance.now() - cloned])
  phases.push(["npm install (backend + storefront)", await timedRun("npm", ["install", "--no-audit", "--no-fund"], { cwd: clone })])

  const [backendPort, storefrontPort, pgPort] = [await freePort(), await freePort(), await freePort()]
  const env = {
    ...process.env,
    PORT: String(backendPort),
    STOREFRONT_PORT: String(storefrontPort),
    JAHWAL_PG_PORT: String(pgPort),
    MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
    STOREFRONT_URL: `http://localhost:${storefrontPort}`,
  }
  delete env.DATABASE_URL
  delete env.NODE_ENV
  const startAt = performance.now()
  shop = spawn(process.execPath, ["scripts/shop.mjs", "start"], { cwd: clone, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  await new Promise((resolve, reject) => {
    let buffer = ""
    const recent = []
    const onData = (chunk) => {
      buffer += chunk.toString("utf8")
      const lines = buffer.split("\n")
      buffer = lines.pop() ?? ""
      for (const line of lines) {
        recent.push(line)
        if (recent.length > 40) recent.shift()
        const phase = line.match(/✓ (.+) (\d+(?:\.\d+)?)초/)
        if (phase) phases.push([`npm start: ${phase[1]}`, Number(phase[2]) * 1000])
        if (line.includes("준비 완료")) resolve()
        if (line.includes("[자활장터]")) log(line.replace(/\x1b\[[0-9;]*m/g, ""))
      }
    }
    shop.stdout.on("data", onData)
    shop.stderr.on("data", onData)
    shop.once("exit", (code) => reject(new Error(`npm start exited before serving (${code}):\n${recent.join("\n")}`)))
  })
  const servingAt = performance.now()
  phases.push(["npm start → serving", servingAt - startAt])
  // the first page a visitor gets: the storefront's home page, rendered on first request
  const home = await fetch(`http://localhost:${storefrontPort}/`)
  const body = await home.text()
  if (home.status !== 200 || !body.includes("원")) throw new Error(`home page answered ${home.status}`)
  const firstPageAt = performance.now()
  phases.push(["first page served (GET / after serving)", firstPageAt - servingAt])
  phases.push(["fresh clone → first page served", firstPageAt - started])

  const stopAt = performance.now()
  const exited = new Promise((resolve) => shop.once("exit", resolve))
  process.kill(-shop.pid, "SIGINT")
  await exited
  phases.push(["Ctrl-C → everything stopped", performance.now() - stopAt])

  const width = Math.max(...phases.map(([name]) => name.length))
  console.log(`\nfirst start on ${os.cpus().length} cores (load average at start ${loadAtStart}, at the end ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}), seconds:`)
  for (const [name, ms] of phases) console.log(`  ${name.padEnd(width)}  ${seconds(ms).padStart(6)}`)
  console.log("  (builds run beside the database and each other, so phases overlap; the totals are wall clock)")
}

try {
  await main()
} catch (error) {
  console.error(`[bench:first-start] ${error.message}`)
  process.exitCode = 1
} finally {
  if (shop && shop.exitCode === null) {
    try {
      process.kill(-shop.pid, "SIGINT")
    } catch {}
    await new Promise((resolve) => shop.once("exit", resolve))
  }
  if (process.env.BENCH_KEEP === "1") log(`kept ${clone}`)
  else rmSync(dir, { recursive: true, force: true })
}
