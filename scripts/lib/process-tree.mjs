// The launcher's processes, read from /proc (Linux; elsewhere these are no-ops). Used at
// shutdown: every process that was below the launcher when the signal came, and every process
// carrying the launcher's mark in its environment, must be gone before the launcher exits — also
// one whose parent died first (it is then PID 1's child, and a container's init may reap it
// seconds later) or one that detached itself into a session of its own.
import { readdirSync, readFileSync } from "node:fs"

/** pid, parent pid, start time (clock ticks since boot: tells a reused pid apart), state, name. */
function readStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const close = stat.lastIndexOf(")")
    const fields = stat.slice(close + 2).split(" ")
    return { pid, name: stat.slice(stat.indexOf("(") + 1, close), state: fields[0], ppid: Number(fields[1]), start: fields[19] }
  } catch {
    return null // gone (or no /proc)
  }
}

/** Every live process below `rootPid`. */
export function descendantsOf(rootPid) {
  let entries = []
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e))
  } catch {
    return []
  }
  const stats = new Map()
  for (const entry of entries) {
    const stat = readStat(Number(entry))
    if (stat) stats.set(stat.pid, stat)
  }
  const found = []
  for (const stat of stats.values()) {
    for (let p = stat.ppid; p > 1; p = stats.get(p)?.ppid ?? 0) {
      if (p === rootPid) {
        found.push(stat)
        break
      }
    }
  }
  return found
}

/**
 * Every process (but us) whose environment holds `name=value`: what we started inherits it
 * wherever it ended up, e.g. the telemetry sender each `medusa` command forks, detached, as it
 * exits. Processes we may not read (other users') are skipped.
 */
export function processesWithEnv(name, value) {
  let entries = []
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e) && Number(e) !== process.pid)
  } catch {
    return []
  }
  const needle = `${name}=${value}`
  const found = []
  for (const entry of entries) {
    try {
      if (!readFileSync(`/proc/${entry}/environ`, "utf8").split("\0").includes(needle)) continue
      const stat = readStat(Number(entry))
      if (stat) found.push(stat)
    } catch {
      // gone, or not ours to read
    }
  }
  return found
}

/** The processes of `snapshot` that still exist (zombies included): same pid, same start time. */
export function survivors(snapshot) {
  return snapshot.filter((p) => readStat(p.pid)?.start === p.start)
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until every process of `snapshot` is gone; after `graceMs` SIGKILLs those still running
 * (naming them), then waits up to `reapMs` more for zombies to be reaped. Returns what is left.
 */
export async function waitForTreeGone(snapshot, { graceMs = 5_000, reapMs = 15_000, log = console.error } = {}) {
  const started = Date.now()
  let killed = false
  for (;;) {
    const left = survivors(snapshot)
    if (!left.length) return []
    const waited = Date.now() - started
    if (!killed && waited >= graceMs) {
      killed = true
      for (const p of left) {
        if (readStat(p.pid)?.state === "Z") continue // exited; waits for its parent (or PID 1)
        log(`[자활장터] 남아 있던 프로세스를 강제 종료합니다: ${p.name} (pid ${p.pid})`)
        try {
          process.kill(p.pid, "SIGKILL")
        } catch {
          // gone meanwhile
        }
      }
    }
    if (waited >= graceMs + reapMs) {
      log(`[자활장터] 종료되지 않은 프로세스: ${left.map((p) => `${p.name} (pid ${p.pid}, ${p.state})`).join(", ")}`)
      return left
    }
    await sleep(50)
  }
}
