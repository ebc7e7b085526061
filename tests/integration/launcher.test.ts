// `npm start` end to end: embedded PostgreSQL, migrations, seed once, backend, storefront,
// and a Ctrl-C that leaves no process behind. Uses its own data folder and ports.
import { ChildProcess, spawn } from "node:child_process"
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { freePort } from "../setup/free-port"
import { expectAdminInKorean, expectTokensSignedWith } from "./utils/launched-shop"

const ROOT = path.resolve(__dirname, "../..")

/** Every live process whose ancestry leads to `rootPid` (read from /proc). */
function descendants(rootPid: number): number[] {
  const parent = new Map<number, number>()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      parent.set(Number(entry), ppid)
    } catch {
      // exited while we looked
    }
  }
  const found: number[] = []
  for (const pid of parent.keys()) {
    for (let p = parent.get(pid); p && p > 1; p = parent.get(p)) {
      if (p === rootPid) {
        found.push(pid)
        break
      }
    }
  }
  return found
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

type Shop = { child: ChildProcess; output: () => string; ready: Promise<void>; exited: Promise<number | null> }

function startShop(env: NodeJS.ProcessEnv): Shop {
  const child = spawn(process.execPath, ["scripts/shop.mjs", "start"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, like a shell job: Ctrl-C reaches the whole group
  })
  let output = ""
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8")
      if (output.includes("준비 완료")) resolve()
    }
    child.stdout!.on("data", onData)
    child.stderr!.on("data", onData)
    child.once("exit", (code) => reject(new Error(`launcher exited early (${code}):\n${output.slice(-3000)}`)))
  })
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  return { child, output: () => output, ready, exited }
}

const OPERATOR_JWT_SECRET = "operator-jwt-secret-for-the-launcher-test"

describe("npm start (scripts/shop.mjs)", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "jahwal-launcher-"))
  chmodSync(dataDir, 0o755)
  let running: Shop | undefined

  afterAll(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill("SIGINT")
      await running.exited
    }
    rmSync(dataDir, { recursive: true, force: true })
  })

  it("starts everything, stops cleanly on Ctrl-C, and keeps its data without re-seeding", async () => {
    const [backendPort, storefrontPort, pgPort] = [await freePort(), await freePort(), await freePort()]
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: "",
      JAHWAL_DATA_DIR: dataDir,
      JAHWAL_PG_PORT: String(pgPort),
      PORT: String(backendPort),
      STOREFRONT_PORT: String(storefrontPort),
      MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
      STOREFRONT_URL: `http://localhost:${storefrontPort}`,
      // the operator's secret wins over the one the launcher generates into .data/secrets.json
      JWT_SECRET: OPERATOR_JWT_SECRET,
    }
    delete env.NODE_ENV
    delete env.VITEST

    // first start: migrations + seed
    running = startShop(env)
    await running.ready
    expect(running.output()).toContain("첫 실행")
    expect((await fetch(`http://localhost:${backendPort}/health`)).status).toBe(200)
    const home = await fetch(`http://localhost:${storefrontPort}/`)
    expect(home.status).toBe(200)
    expect((await home.text()).replace(/<!-- -->/g, "")).toContain("20,000원")
    await expectTokensSignedWith(`http://localhost:${backendPort}`, OPERATOR_JWT_SECRET)
    await expectAdminInKorean(`http://localhost:${backendPort}`, process.env.JAHWAL_ADMIN_SCREENSHOT)

    const tree = descendants(running.child.pid!)
    expect(tree.length).toBeGreaterThanOrEqual(3) // postgres, medusa, next at least
    process.kill(-running.child.pid!, "SIGINT") // what Ctrl-C in a terminal does
    expect(await running.exited).toBe(130)
    await new Promise((r) => setTimeout(r, 500))
    expect(tree.filter(alive)).toEqual([])

    // second start: same data, no second seed
    running = startShop(env)
    await running.ready
    expect(running.output()).toContain("시드 데이터가 이미 있어 건너뜁니다")
    expect(running.output()).not.toContain("첫 실행")
    const health = await fetch(`http://localhost:${backendPort}/health`)
    expect(health.status).toBe(200)
    const secondTree = descendants(running.child.pid!)
    running.child.kill("SIGTERM")
    expect(await running.exited).toBe(143)
    await new Promise((r) => setTimeout(r, 500))
    expect(secondTree.filter(alive)).toEqual([])
  }, 600_000)
})
