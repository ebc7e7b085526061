// Printing: one line per endpoint run, and the closing table of figures against issue #14's targets.
const f0 = (n) => (Number.isFinite(n) ? Math.round(n).toString() : "–")
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–")

export function endpointHeader() {
  return `${"endpoint".padEnd(28)} ${"req/s".padStart(7)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"p99".padStart(6)} ${"err".padStart(4)} ${"non2xx".padStart(6)} ${"busy".padStart(5)}  RSS MB medusa/next/pg  CPU % medusa/next/pg/tool  loop delay ms medusa p50/p99/max · next p50/p99/max`
}

export function endpointLine(name, r) {
  const loop = (k) => (r.loop?.[k] ? `${f1(r.loop[k].p50)}/${f1(r.loop[k].p99)}/${f1(r.loop[k].max)}` : "–")
  return `${name.padEnd(28)} ${f0(r.rps).padStart(7)} ${f0(r.p50).padStart(6)} ${f0(r.p95).padStart(6)} ${f0(r.p99).padStart(6)} ${String(r.errors).padStart(4)} ${String(r.non2xx).padStart(6)} ${`${f0(r.busyAfter)}s`.padStart(5)}  ${`${f0(r.rss.medusa)}/${f0(r.rss.next)}/${f0(r.rss.postgres)}`.padEnd(22)} ${[r.cpu?.medusa, r.cpu?.next, r.cpu?.postgres, r.cpu?.bench].map(f0).join("/").padEnd(25)} ${loop("medusa")} · ${loop("next")}`
}

/** rows: [figure, value (printed), target (printed), met: true | false | null (not measured) | "info" (no target)] */
export function summaryTable(rows) {
  const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => String(r[1]).length)), Math.max(...rows.map((r) => r[2].length))]
  const lines = rows.map(([figure, value, target, met]) =>
    `  ${figure.padEnd(width[0])}  ${String(value).padStart(width[1])}  ${target.padEnd(width[2])}  ${met === "info" ? "" : met === null ? "not measured" : met ? "met" : "NOT MET"}`
  )
  return lines.join("\n")
}

export { f0, f1 }
