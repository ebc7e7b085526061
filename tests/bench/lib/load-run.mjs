// One autocannon run against one URL (or a mix of paths): throughput, latency percentiles from
// every response, errors, and the times of the completed responses (for the soak's gap figure).
import autocannon from "autocannon"
import { runWrk } from "./wrk.mjs"

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN)

/**
 * Runs `connections` clients for `seconds` against `url` (cycling through `paths` when given).
 * Resolves with req/s, p50/p95/p99 (ms), errors (socket errors and timeouts), non-2xx and
 * `completions` (ms since the start of each completed response, in order). With `wrk` true and one
 * URL the run is wrk's (lib/wrk.mjs), without `completions`.
 */
export function runLoad({ url, paths, connections = 50, seconds = 10, headers = {}, wrk = false }) {
  // wrk for one address (the endpoint figures); autocannon for a mix of pages and the response times
  if (wrk && !paths) return runWrk({ url, connections, seconds, headers })
  const latencies = []
  const completions = []
  let started = 0
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        headers,
        // a stalled server must show as slow responses and gaps, not as 10-second timeouts
        timeout: 60,
        ...(paths ? { requests: paths.map((path) => ({ method: "GET", path })) } : {}),
      },
      (error, result) => {
        if (error) return reject(error)
        latencies.sort((a, b) => a - b)
        resolve({
          requests: result.requests.total,
          rps: result.requests.total / (result.duration || seconds),
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          max: latencies.at(-1) ?? NaN,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          seconds: result.duration || seconds,
          completions,
          client: "autocannon",
        })
      }
    )
    instance.on("start", () => (started = performance.now()))
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime)
      completions.push(performance.now() - (started || performance.now()))
    })
  })
}

/**
 * The longest time (s) with no completed response, from the first completed response to the end
 * of the run (the wait for the very first one is its latency, reported on its own).
 */
export function longestGap(completions, seconds) {
  if (!completions.length) return seconds
  let last = completions[0]
  let gap = 0
  for (const at of completions) {
    gap = Math.max(gap, at - last)
    last = at
  }
  return Math.max(gap, seconds * 1000 - last) / 1000
}

/** Completed responses per second, one number per second of the run. */
export function perSecond(completions, seconds) {
  const series = new Array(Math.ceil(seconds)).fill(0)
  for (const at of completions) series[Math.min(series.length - 1, Math.floor(at / 1000))]++
  return series
}
