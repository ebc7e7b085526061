// Starting `npm start` (scripts/shop.mjs) as a user would, on its own data folder and ports,
// and looking at the processes it leaves (tests/integration/launcher, tests/redis/worker-mode).
import { ChildProcess, spawn } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { freePort } from "../../setup/free-port"

const ROOT = path.resolve(__dirname, "../../..")

/** Every live process whose ancestry leads to `rootPid` (read from /proc). */
export function descendants(rootPid: number): number[] {
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

/** Whether the process exists at all (a zombie waiting to be reaped counts). */
export const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** `pid (name)` of each, for a readable failure. */
export const describePids = (pids: number[]) =>
  pids.map((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
      return `${pid} ${stat.slice(stat.indexOf("("), stat.lastIndexOf(")") + 1)} ${stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3)}`
    } catch {
      return `${pid} (gone)`
    }
  })

export type Shop = { child: ChildProcess; output: () => string; ready: Promise<void>; exited: Promise<number | null> }

export function startShop(env: NodeJS.ProcessEnv): Shop {
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

/** The environment of a shop on `dataDir` and free ports (no DATABASE_URL: embedded PostgreSQL). */
export async function shopEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}) {
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
    ...extra,
  }
  delete env.NODE_ENV
  delete env.VITEST
  return { env, backendPort, storefrontPort, pgPort }
}

/** Stops the shop with `signal` if it still runs (afterAll). */
export async function stopShop(shop: Shop | undefined, signal: NodeJS.Signals = "SIGINT") {
  if (shop && shop.child.exitCode === null && shop.child.signalCode === null) {
    shop.child.kill(signal)
    await shop.exited
  }
}
