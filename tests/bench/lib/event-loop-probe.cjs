// Loaded into every Node process of the shop by `npm run bench:load` (NODE_OPTIONS=--require,
// passed through the launcher's environment). Measures the main thread's event-loop delay
// (perf_hooks.monitorEventLoopDelay) and writes it once a second to
// $JAHWAL_BENCH_PROBE_DIR/eld-<pid>.json. The histogram starts over whenever the bench writes a
// new mark into $JAHWAL_BENCH_PROBE_DIR/mark, so each file holds the figures of one bench window.
// Only the bench sets JAHWAL_BENCH_PROBE_DIR; without it this file does nothing.
"use strict"
const dir = process.env.JAHWAL_BENCH_PROBE_DIR
const { isMainThread } = require("node:worker_threads")
if (dir && isMainThread) {
  const fs = require("node:fs")
  const path = require("node:path")
  const { monitorEventLoopDelay, PerformanceObserver } = require("node:perf_hooks")
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  let gc = { count: 0, totalMs: 0, maxMs: 0 }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++
      gc.totalMs += entry.duration
      gc.maxMs = Math.max(gc.maxMs, entry.duration)
    }
  }).observe({ entryTypes: ["gc"] })
  const file = path.join(dir, `eld-${process.pid}.json`)
  const markFile = path.join(dir, "mark")
  let mark = ""
  const ms = (ns) => Math.round((ns / 1e6) * 10) / 10
  const tick = () => {
    try {
      const current = fs.readFileSync(markFile, "utf8")
      if (current !== mark) {
        mark = current
        histogram.reset()
        gc = { count: 0, totalMs: 0, maxMs: 0 }
        return
      }
    } catch {
      // no mark yet
    }
    const figures = {
      pid: process.pid,
      argv: process.argv.slice(1, 4),
      mark,
      at: Date.now(),
      count: histogram.count,
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      gcCount: gc.count,
      gcTotalMs: Math.round(gc.totalMs),
      gcMaxMs: Math.round(gc.maxMs),
      heapMb: Math.round(process.memoryUsage().heapUsed / 1048576),
    }
    try {
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(figures))
      fs.renameSync(`${file}.tmp`, file)
    } catch {
      // the folder went away (bench finished): nothing to report to
    }
  }
  // never keeps a process alive (migrations, the seed and builds exit as they would)
  setInterval(tick, 1000).unref()
}
