// Child processes of the launcher: each runs in its own process group so that one signal
// stops it together with everything it spawned, and stopping waits until the whole group is gone
// (no orphans after Ctrl-C, also on a loaded machine).
import { spawn } from "node:child_process"

export function prefixLines(prefix, stream, out) {
  let buffer = ""
  stream.on("data", (chunk) => {
    buffer += chunk.toString("utf8")
    const lines = buffer.split("\n")
    buffer = lines.pop() ?? ""
    for (const line of lines) out.write(`${prefix} ${line}\n`)
  })
  stream.on("end", () => buffer && out.write(`${prefix} ${buffer}\n`))
}

/** Thrown by run/startService once shutdown began: nothing new may start behind stopAll's back. */
export class ShuttingDown extends Error {
  constructor() {
    super("종료 중이라 새 프로세스를 시작하지 않습니다")
  }
}

const children = new Set()
let shuttingDown = false

/** From now on no new child starts; a phase that was about to spawn one fails with ShuttingDown. */
export function beginShutdown() {
  shuttingDown = true
}

function spawnTracked(cmd, args, { cwd, env }) {
  if (shuttingDown) throw new ShuttingDown()
  const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  children.add(child)
  // the 'exit' event means the leader was reaped; stopGroup also waits for the rest of its group
  child.once("exit", () => children.delete(child))
  return child
}

/** Calls `onLine` with each complete line of `stream`. */
function eachLine(stream, onLine) {
  let buffer = ""
  stream.on("data", (chunk) => {
    buffer += chunk.toString("utf8")
    const lines = buffer.split("\n")
    buffer = lines.pop() ?? ""
    lines.forEach(onLine)
  })
  stream.on("end", () => buffer && onLine(buffer))
}

/**
 * Runs a command to completion, streaming its output with a prefix (or, `quiet`, only its tail on
 * failure); `onLine` sees every output line either way. Rejects on failure.
 */
export function run(label, cmd, args, { cwd, env, quiet = false, onLine } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(cmd, args, { cwd, env })
    const tail = []
    const keep = (chunk) => {
      tail.push(chunk.toString("utf8"))
      if (tail.length > 60) tail.shift()
    }
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    if (onLine) {
      eachLine(child.stdout, onLine)
      eachLine(child.stderr, onLine)
    }
    if (!quiet) {
      prefixLines(`[${label}]`, child.stdout, process.stdout)
      prefixLines(`[${label}]`, child.stderr, process.stderr)
    }
    child.on("exit", (code, signal) => {
      if (code === 0) resolve()
      else if (shuttingDown) reject(new ShuttingDown())
      else {
        if (quiet) process.stderr.write(tail.join(""))
        reject(new Error(`${label} 실패 (${signal ?? `exit ${code}`})`))
      }
    })
  })
}

/** Starts a long-running service; `onExit` fires if it stops on its own. */
export function startService(label, cmd, args, { cwd, env, onExit }) {
  const child = spawnTracked(cmd, args, { cwd, env })
  prefixLines(`[${label}]`, child.stdout, process.stdout)
  prefixLines(`[${label}]`, child.stderr, process.stderr)
  child.on("exit", (code, signal) => onExit?.(code, signal))
  return child
}

/** Whether any process (a zombie included) is still in process group `pgid`. */
export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM" // exists, but not ours to signal (cannot happen for our children)
  }
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal)
  } catch {
    // the group is already gone
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Stops one child's process group: `signal` to the group, SIGKILL after `graceMs`, and resolves
 * only when the leader has exited AND no member of the group is left. A member whose parent died
 * first is re-parented to PID 1 and stays in the group (as a zombie) until PID 1 reaps it, which
 * a container's init may do slowly; the launcher waits for that too (bounded by `reapMs`).
 */
export async function stopGroup(child, { signal = "SIGTERM", graceMs = 10_000, reapMs = 15_000 } = {}) {
  const pgid = child.pid
  if (!pgid) return
  let exited = child.exitCode !== null || child.signalCode !== null
  child.once("exit", () => {
    exited = true
    // the leader is gone: helpers it left behind get no second chance
    signalGroup(pgid, "SIGKILL")
  })
  signalGroup(pgid, signal)
  const killAt = Date.now() + graceMs
  let killed = false
  // the group outlives its leader by its members, and the leader (until we reap it) too
  while (!exited || groupAlive(pgid)) {
    if (!killed && Date.now() >= killAt) {
      killed = true
      signalGroup(pgid, "SIGKILL")
    }
    if (killed && Date.now() >= killAt + reapMs) {
      console.error(`[자활장터] 프로세스 그룹 ${pgid}이(가) ${Math.round((graceMs + reapMs) / 1000)}초 안에 사라지지 않았습니다.`)
      return
    }
    await sleep(50)
  }
}

/** Stops every tracked child group (SIGTERM, then SIGKILL after `graceMs`), until none is left. */
export async function stopAll(graceMs = 10_000) {
  beginShutdown()
  // a child spawned while we waited would be in the set now: loop until it is empty
  while (children.size) {
    await Promise.all([...children].map((child) => stopGroup(child, { graceMs })))
  }
}

/** Polls an URL until it answers with a non-5xx status. */
export async function waitForHttp(url, { timeoutMs = 120_000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (shuttingDown) throw new ShuttingDown()
    if (!isAlive()) throw new Error(`${url}: 프로세스가 종료되었습니다`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3000) })
      if (res.status < 500) return
    } catch {
      // not up yet
    }
    await sleep(500)
  }
  throw new Error(`${url}이(가) ${Math.round(timeoutMs / 1000)}초 안에 응답하지 않았습니다`)
}
