// Child processes of the launcher: each runs in its own process group so that one signal
// stops it together with everything it spawned (no orphans after Ctrl-C).
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

/** Runs a command to completion, streaming its output with a prefix; rejects on failure. */
export function run(label, cmd, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    track(child)
    const tail = []
    const keep = (chunk) => {
      tail.push(chunk.toString("utf8"))
      if (tail.length > 60) tail.shift()
    }
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    if (!quiet) {
      prefixLines(`[${label}]`, child.stdout, process.stdout)
      prefixLines(`[${label}]`, child.stderr, process.stderr)
    }
    child.on("exit", (code, signal) => {
      untrack(child)
      if (code === 0) resolve()
      else {
        if (quiet) process.stderr.write(tail.join(""))
        reject(new Error(`${label} 실패 (${signal ?? `exit ${code}`})`))
      }
    })
  })
}

/** Starts a long-running service; `onExit` fires if it stops on its own. */
export function startService(label, cmd, args, { cwd, env, onExit }) {
  const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  track(child)
  prefixLines(`[${label}]`, child.stdout, process.stdout)
  prefixLines(`[${label}]`, child.stderr, process.stderr)
  child.on("exit", (code, signal) => {
    untrack(child)
    onExit?.(code, signal)
  })
  return child
}

const children = new Set()
function track(child) {
  children.add(child)
}
function untrack(child) {
  children.delete(child)
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // the group is already gone
  }
}

/** Stops every tracked child group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopAll(graceMs = 10_000) {
  const waiting = [...children].map(
    (child) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs)
        child.once("exit", () => {
          clearTimeout(timer)
          // a service's own helpers may outlive it: clear the whole group
          signalGroup(child, "SIGKILL")
          resolve()
        })
        signalGroup(child, "SIGTERM")
      })
  )
  await Promise.all(waiting)
}

/** Polls an URL until it answers with a non-5xx status. */
export async function waitForHttp(url, { timeoutMs = 120_000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`${url}: 프로세스가 종료되었습니다`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3000) })
      if (res.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url}이(가) ${Math.round(timeoutMs / 1000)}초 안에 응답하지 않았습니다`)
}
