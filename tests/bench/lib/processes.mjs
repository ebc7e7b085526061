// What the shop's processes use while a bench runs: resident memory (VmRSS from /proc, summed per
// kind of process: PostgreSQL has one process per connection) and the event-loop delay the probe
// (event-loop-probe.cjs) writes for each Node main thread.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"

function readProc(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const close = stat.lastIndexOf(")")
    const ppid = Number(stat.slice(close + 2).split(" ")[1])
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ")
    const rss = Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0)
    return { pid, ppid, name: stat.slice(stat.indexOf("(") + 1, close), cmdline, rssKb: rss }
  } catch {
    return null // exited while we looked
  }
}

/** Every live process below `rootPid`, with its command line and VmRSS. */
export function treeOf(rootPid) {
  const all = new Map()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    const info = readProc(Number(entry))
    if (info) all.set(info.pid, info)
  }
  return [...all.values()].filter((info) => {
    for (let p = info.ppid; p > 1; p = all.get(p)?.ppid ?? 0) if (p === rootPid) return true
    return false
  })
}

/** Medusa, Next or PostgreSQL (anything else, e.g. the launcher's helpers, is "other"). */
export function kindOf({ name, cmdline }) {
  if (name === "postgres" || /\/postgres\b/.test(cmdline)) return "postgres"
  // the storefront: `next start`, or its workers and their primary (storefront/server/cluster.mjs)
  if (/\bnext\b|next-server|storefront\/server\/cluster\.mjs/.test(cmdline) || name.startsWith("next-")) return "next"
  if (/medusa/.test(cmdline)) return "medusa"
  return "other"
}

export const KINDS = ["medusa", "next", "postgres"]

/**
 * Samples the RSS of the tree every `everyMs` until stop(); stop() returns the peak per kind and
 * of the whole stack (the largest sum seen in one sample), in MB.
 */
export function sampleRss(rootPid, everyMs = 500) {
  const peak = { medusa: 0, next: 0, postgres: 0, stack: 0 }
  const take = () => {
    const sums = { medusa: 0, next: 0, postgres: 0 }
    for (const info of treeOf(rootPid)) {
      const kind = kindOf(info)
      if (kind in sums) sums[kind] += info.rssKb
    }
    for (const kind of KINDS) peak[kind] = Math.max(peak[kind], sums[kind] / 1024)
    peak.stack = Math.max(peak.stack, (sums.medusa + sums.next + sums.postgres) / 1024)
  }
  take()
  const timer = setInterval(take, everyMs)
  return {
    stop() {
      clearInterval(timer)
      take()
      return peak
    },
  }
}

/** The probe's folder: emptied at the start of a run. */
export function probeFolder(dataDir) {
  const dir = path.join(dataDir, "event-loop")
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return dir
}

let markCount = 0
/** Starts a new window: every probe resets its histogram within a second. */
export function newMark(dir) {
  const mark = `${process.pid}-${++markCount}-${Date.now()}`
  writeFileSync(path.join(dir, "mark"), mark)
  return mark
}

/**
 * The event-loop delay of the Medusa and Next main threads (ms) in the window `mark`: the probe's
 * files of the tree's Node processes that saw that mark. Call it at least a second after the load.
 */
export function eventLoopDelay(dir, mark, rootPid) {
  const tree = new Map(treeOf(rootPid).map((info) => [info.pid, info]))
  const out = {}
  for (const file of readdirSync(dir)) {
    const match = file.match(/^eld-(\d+)\.json$/)
    if (!match || !tree.has(Number(match[1]))) continue
    let figures
    try {
      figures = JSON.parse(readFileSync(path.join(dir, file), "utf8"))
    } catch {
      continue
    }
    if (figures.mark !== mark) continue
    const kind = kindOf(tree.get(figures.pid))
    if (kind !== "medusa" && kind !== "next") continue
    // several Node processes of a kind (Next's helpers): the one with the worst delay speaks for it
    if (!out[kind] || figures.max > out[kind].max) out[kind] = figures
  }
  return out
}

/** One line per Node process of the tree, and whether the probe reached it (NODE_OPTIONS). */
export function probeCoverage(dir, rootPid) {
  const files = new Set(readdirSync(dir))
  return treeOf(rootPid)
    .filter((info) => kindOf(info) === "medusa" || kindOf(info) === "next")
    .map((info) => ({ pid: info.pid, kind: kindOf(info), cmd: info.cmdline.slice(0, 90), probed: files.has(`eld-${info.pid}.json`) }))
}

/** CPU time (s) used so far per kind of process of the tree (utime + stime, clock ticks at 100 Hz). */
export function cpuByKind(rootPid) {
  const out = { medusa: 0, next: 0, postgres: 0, other: 0 }
  for (const info of treeOf(rootPid)) {
    try {
      const stat = readFileSync(`/proc/${info.pid}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      out[kindOf(info)] += (Number(fields[11]) + Number(fields[12])) / 100
    } catch {
      // exited meanwhile
    }
  }
  return out
}

const cpuSeconds = (rootPid) => Object.values(cpuByKind(rootPid)).reduce((a, b) => a + b, 0)

/**
 * Waits until the shop has finished the work a run left behind (requests the load tool gave up
 * on are still rendered and fetched): until its processes use under `share` of one core over a
 * second, at most `capSeconds`. Resolves with the seconds it stayed busy, so the next run starts
 * on an idle shop and the figure itself is reported ("busy after").
 */
export async function waitUntilQuiet(rootPid, { share = 0.25, capSeconds = 180 } = {}) {
  const started = performance.now()
  let before = cpuSeconds(rootPid)
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000))
    const now = cpuSeconds(rootPid)
    const waited = (performance.now() - started) / 1000
    if (now - before < share || waited >= capSeconds) return waited - 1
    before = now
  }
}
